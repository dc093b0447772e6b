import { api } from '../../data/api'
import { useQuery } from '../../data/useQuery'
import type { QueryState } from '../../data/useQuery'
import type { Source } from '../../../../shared/types'

/** Every imported page with its story count, refreshed after imports. */
export const useSources = (): QueryState<Source[]> =>
  useQuery('sources', ['sources'], () => api.sourcesList())
