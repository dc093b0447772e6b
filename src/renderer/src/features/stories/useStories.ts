import { api } from '../../app/api'
import { useApiQuery } from '../../app/useApiQuery'
import type { QueryState } from '../../app/useApiQuery'
import type { StoryListQuery } from '../../../../shared/contract'
import type { StorySummary } from '../../../../shared/types'

/** The story list for a filter and order, refreshed whenever the library changes. */
export const useStories = (query: StoryListQuery): QueryState<StorySummary[]> =>
  useApiQuery(JSON.stringify(query), () => api.storiesList(query))
