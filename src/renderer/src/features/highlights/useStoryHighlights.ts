import { api } from '../../data/api'
import type { QueryDef } from '../../data/queryCache'
import { useQuery, type QueryState } from '../../data/useQuery'
import type { HighlightListItem } from '../../../../shared/annotations'
import type { StoryId } from '../../../../shared/ids'

/** The request for a story's highlights, shared with the prefetch when a story is opened. */
export const storyHighlightsQuery = (storyId: StoryId): QueryDef<HighlightListItem[]> => ({
  key: `highlights:${storyId}`,
  topics: ['highlights'],
  load: () => api.highlightsList({ storyId }),
})

/**
 * A story's highlights in text order (orphans included), refreshed after changes; nothing is
 * asked for while no story is open.
 */
export const useStoryHighlights = (storyId: StoryId | null): QueryState<HighlightListItem[]> =>
  useQuery(storyId === null ? null : storyHighlightsQuery(storyId).key, ['highlights'], () =>
    storyHighlightsQuery(storyId!).load(),
  )
