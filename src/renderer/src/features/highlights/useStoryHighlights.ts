import { api } from '../../data/api'
import { useQuery, type QueryState } from '../../data/useQuery'
import type { HighlightListItem } from '../../../../shared/annotations'
import type { StoryId } from '../../../../shared/ids'

/** A story's highlights in text order (orphans included), refreshed after changes. */
export const useStoryHighlights = (storyId: StoryId): QueryState<HighlightListItem[]> =>
  useQuery(`highlights:${storyId}`, ['highlights'], () => api.highlightsList({ storyId }))
