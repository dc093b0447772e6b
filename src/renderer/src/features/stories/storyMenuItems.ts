import type { TFunction } from 'i18next'
import type { CollectionId, StoryId } from '../../../../shared/ids'
import type { StorySummary } from '../../../../shared/types'
import { api } from '../../data/api'
import type { ContextMenuItem } from '../../ui/ContextMenu'
import { runAction, runUndoable } from '../undo/runAction'
import { setStoryRead } from './setStoryRead'

/** The collection a list shows, when it shows one: its stories can be taken out of it. */
export interface ShownCollection {
  id: CollectionId
  name: string
}

/** Takes stories out of a collection (undoable). */
export const removeFromCollection = (collection: ShownCollection, ids: StoryId[]): void => {
  if (ids.length > 0) void runUndoable(api.collectionsRemoveStories(collection.id, ids))
}

/** Deletes a story (undoable: the toast offers Undo). */
export const deleteStory = (id: StoryId): void => {
  void runUndoable(api.storiesDelete(id))
}

/** What a story's context menu offers. */
export function storyMenuItems(
  t: TFunction,
  story: StorySummary,
  collection: ShownCollection | null,
  onOpen: (id: StoryId) => void,
): ContextMenuItem[] {
  return [
    { id: 'open-story', label: t('manage.menu.open'), onSelect: () => onOpen(story.id) },
    {
      id: story.isRead ? 'mark-unread' : 'mark-read',
      label: story.isRead ? t('manage.menu.markUnread') : t('manage.menu.markRead'),
      onSelect: () => void setStoryRead(story.id, !story.isRead),
    },
    {
      id: story.isFavorite ? 'unfavorite' : 'favorite',
      label: story.isFavorite ? t('manage.menu.unfavorite') : t('manage.menu.favorite'),
      onSelect: () => void runAction(api.storiesSetFavorite(story.id, !story.isFavorite)),
    },
    ...(collection
      ? [
          {
            id: 'remove-from-collection',
            label: t('manage.menu.removeFromCollection', { name: collection.name }),
            isGroupStart: true,
            onSelect: () => removeFromCollection(collection, [story.id]),
          },
        ]
      : []),
    {
      id: 'delete-story',
      label: t('manage.menu.deleteStory'),
      isDanger: true,
      isGroupStart: collection === null,
      onSelect: () => deleteStory(story.id),
    },
  ]
}
