import { api } from '../../data/api'
import type { QueryDef } from '../../data/queryCache'
import { useQuery, type QueryState } from '../../data/useQuery'
import type { TagSummary } from '../../../../shared/annotations'

/** The request for every tag, shared with the first screen's preload. */
export const tagsQuery: QueryDef<TagSummary[]> = {
  key: 'tags',
  topics: ['tags'],
  load: () => api.tagsList(),
}

/** Every tag with its counts, refreshed after library changes. */
export const useTags = (): QueryState<TagSummary[]> =>
  useQuery(tagsQuery.key, tagsQuery.topics, tagsQuery.load)
