import { api } from '../../data/api'
import { announceChange } from '../../data/libraryChanges'
import type { StoryId } from '../../../../shared/ids'

/** Marks a story read or unread, then lets every list refresh its read marks (main does not broadcast read state). */
export const setStoryRead = async (id: StoryId, isRead: boolean): Promise<boolean> => {
  const result = await api.storiesSetRead(id, isRead)
  if (result.ok) announceChange(['stories', 'storyRows', 'story', 'info'])
  return result.ok
}
