import { api } from '../../data/api'
import type { QueryDef } from '../../data/queryCache'
import { useQuery } from '../../data/useQuery'
import type { QueryState } from '../../data/useQuery'
import type { LibraryInfo } from '../../../../shared/contract'

/** The request for the library's info, shared with the first screen's preload. */
export const libraryInfoQuery: QueryDef<LibraryInfo> = {
  key: 'library-info',
  topics: ['info'],
  load: () => api.libraryInfo(),
}

/** Where the library lives, its counts, and whether we run on the desktop or in a browser. */
export const useLibraryInfo = (): QueryState<LibraryInfo> =>
  useQuery(libraryInfoQuery.key, libraryInfoQuery.topics, libraryInfoQuery.load)
