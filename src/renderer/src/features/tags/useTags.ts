import { api } from '../../data/api'
import { useQuery, type QueryState } from '../../data/useQuery'
import type { TagSummary } from '../../../../shared/annotations'

/** Every tag with its counts, refreshed after library changes. */
export const useTags = (): QueryState<TagSummary[]> =>
  useQuery('tags', ['tags'], () => api.tagsList())
