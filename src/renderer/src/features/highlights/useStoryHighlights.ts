import { api } from '../../app/api'
import { useApiQuery, type QueryState } from '../../app/useApiQuery'
import type { HighlightListItem } from '../../../../shared/annotations'
import type { StoryId } from '../../../../shared/ids'

/** A story's highlights in text order (orphans included), refreshed after changes. */
export const useStoryHighlights = (storyId: StoryId): QueryState<HighlightListItem[]> =>
  useApiQuery(`highlights:${storyId}`, () => api.highlightsList({ storyId }))
