import { api } from '../../data/api'
import { useQuery } from '../../data/useQuery'
import type { QueryState } from '../../data/useQuery'
import type { StoryListQuery } from '../../../../shared/contract'
import type { StoryId } from '../../../../shared/ids'

/**
 * The story list for a filter and order as ids only (a few bytes a story, even at 10,000):
 * the rows fetch their summaries by page as they scroll into view (useStorySummaries).
 */
export const useStoryIds = (query: StoryListQuery): QueryState<StoryId[]> =>
  useQuery(`storyIds:${JSON.stringify(query)}`, ['stories'], () => api.storiesIds(query))
