import { api } from '../../data/api'
import { useQuery, type QueryState } from '../../data/useQuery'
import type { HighlightListItem } from '../../../../shared/annotations'
import type { StoryId } from '../../../../shared/ids'

/**
 * A story's highlights in text order (orphans included), refreshed after changes; nothing is
 * asked for while no story is open.
 */
export const useStoryHighlights = (storyId: StoryId | null): QueryState<HighlightListItem[]> =>
  useQuery(storyId === null ? null : `highlights:${storyId}`, ['highlights'], () =>
    api.highlightsList({ storyId: storyId! }),
  )
