import type { StoryListQuery } from '../../../../shared/contract'
import type { LibrarySelection } from '../../../../shared/session'

/**
 * What the library pane has selected: every story, the unread ones, favourites, one page, one
 * tag, one collection, or the library-wide Highlights view (which replaces the story list).
 * Shared with main, which keeps it across reloads (Settings.session).
 */
export type LibraryView = LibrarySelection

/** The story-list request for a library selection and an order. */
export const viewQuery = (view: LibraryView, sort: StoryListQuery['sort']): StoryListQuery => {
  switch (view.kind) {
    case 'unread':
      return { isUnread: true, sort }
    case 'favorites':
      return { isFavorite: true, sort }
    case 'source':
      return { sourceId: view.sourceId, sort }
    case 'tag':
      return { tagId: view.tagId, sort }
    // A collection lists in its own hand-made order.
    case 'collection':
      return { collectionId: view.collectionId }
    default:
      return { sort }
  }
}

/** True when two selections are the same. */
export const isSameView = (a: LibraryView, b: LibraryView): boolean =>
  JSON.stringify(a) === JSON.stringify(b)
