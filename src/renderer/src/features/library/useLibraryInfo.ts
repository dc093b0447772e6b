import { api } from '../../data/api'
import { useQuery } from '../../data/useQuery'
import type { QueryState } from '../../data/useQuery'
import type { LibraryInfo } from '../../../../shared/contract'

/** Where the library lives, its counts, and whether we run on the desktop or in a browser. */
export const useLibraryInfo = (): QueryState<LibraryInfo> =>
  useQuery('library-info', ['info'], () => api.libraryInfo())
