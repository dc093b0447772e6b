import { api } from '../../data/api'
import { useQuery } from '../../data/useQuery'
import type { QueryState } from '../../data/useQuery'
import type { StoryListQuery } from '../../../../shared/contract'
import type { StorySummary } from '../../../../shared/types'

/** The story list for a filter and order, refreshed whenever the library changes. */
export const useStories = (query: StoryListQuery): QueryState<StorySummary[]> =>
  useQuery(`stories:${JSON.stringify(query)}`, ['stories'], () => api.storiesList(query))
