import { api } from '../../app/api'
import { useApiQuery } from '../../app/useApiQuery'
import type { QueryState } from '../../app/useApiQuery'
import type { LibraryInfo } from '../../../../shared/contract'

/** Where the library lives, its counts, and whether we run on the desktop or in a browser. */
export const useLibraryInfo = (): QueryState<LibraryInfo> =>
  useApiQuery('library-info', () => api.libraryInfo())
