import { api } from '../../app/api'
import { useApiQuery, type QueryState } from '../../app/useApiQuery'
import type { TagSummary } from '../../../../shared/annotations'

/** Every tag with its counts, refreshed after library changes. */
export const useTags = (): QueryState<TagSummary[]> => useApiQuery('tags', () => api.tagsList())
