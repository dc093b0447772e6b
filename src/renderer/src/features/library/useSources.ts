import { api } from '../../data/api'
import type { QueryDef } from '../../data/queryCache'
import { useQuery } from '../../data/useQuery'
import type { QueryState } from '../../data/useQuery'
import type { Source } from '../../../../shared/types'

/** The request for every page, shared with the first screen's preload. */
export const sourcesQuery: QueryDef<Source[]> = {
  key: 'sources',
  topics: ['sources'],
  load: () => api.sourcesList(),
}

/** Every imported page with its story count, refreshed after imports. */
export const useSources = (): QueryState<Source[]> =>
  useQuery(sourcesQuery.key, sourcesQuery.topics, sourcesQuery.load)
