import { api } from '../../app/api'
import { useApiQuery } from '../../app/useApiQuery'
import type { QueryState } from '../../app/useApiQuery'
import type { Source } from '../../../../shared/types'

/** Every imported page with its story count, refreshed after imports. */
export const useSources = (): QueryState<Source[]> =>
  useApiQuery('sources', () => api.sourcesList())
