import { api } from '../../data/api'
import { invalidateTopics } from '../../data/queryCache'
import type { QueryDef } from '../../data/queryCache'
import { useQuery } from '../../data/useQuery'
import type { QueryState } from '../../data/useQuery'
import type { StoryListQuery } from '../../../../shared/contract'
import type { StoryId } from '../../../../shared/ids'

/** The request for a list's ids, shared with the first screen's preload. */
export const storyIdsQuery = (query: StoryListQuery): QueryDef<StoryId[]> => ({
  key: `storyIds:${JSON.stringify(query)}`,
  topics: query.sort === 'lastOpened' ? ['stories', 'recent'] : ['stories'],
  load: () => api.storiesIds(query),
})

/**
 * The story list for a filter and order as ids only (a few bytes a story, even at 10,000):
 * the rows fetch their summaries by page as they scroll into view (useStorySummaries).
 */
export const useStoryIds = (query: StoryListQuery): QueryState<StoryId[]> => {
  const { key, topics, load } = storyIdsQuery(query)
  return useQuery(key, topics, load)
}

/**
 * Records that a story was opened now (the Last opened order). A list in that order on screen
 * keeps its rows where they are (the opened row jumping to the top under the pointer would lose
 * the reader's place): it is asked for again when next shown.
 */
export const markStoryOpened = (id: StoryId): void => {
  void api.storiesMarkOpened(id).then((result) => {
    if (result.ok) invalidateTopics(['recent'], true)
  })
}
