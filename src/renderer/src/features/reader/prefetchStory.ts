import { prefetchQuery } from '../../data/queryCache'
import type { StoryId } from '../../../../shared/ids'
import { storyHighlightsQuery } from '../highlights/useStoryHighlights'
import { storyQuery } from './useStory'

/**
 * Asks for a story and its highlights as it is opened, before the shell re-renders for the
 * new selection: the reader subscribes to the same keys once it renders, by when the answer
 * is on its way (opening waited for that render, then for the round trip).
 */
export const prefetchStory = (id: StoryId): void => {
  void prefetchQuery(storyQuery(id))
  void prefetchQuery(storyHighlightsQuery(id))
}
