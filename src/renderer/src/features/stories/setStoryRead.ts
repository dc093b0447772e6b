import { api } from '../../app/api'
import { announceLibraryChange } from '../../app/libraryChanges'
import type { StoryId } from '../../../../shared/ids'

/** Marks a story read or unread, then lets every list refresh its read marks. */
export const setStoryRead = async (id: StoryId, isRead: boolean): Promise<boolean> => {
  const result = await api.storiesSetRead(id, isRead)
  if (result.ok) announceLibraryChange()
  return result.ok
}
