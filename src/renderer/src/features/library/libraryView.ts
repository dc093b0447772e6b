import type { StoryListQuery } from '../../../../shared/contract'
import type { CollectionId, SourceId, TagId } from '../../../../shared/ids'

/**
 * What the library pane has selected: every story, the unread ones, favourites, one page, one
 * tag, one collection, or the library-wide Highlights view (which replaces the story list).
 */
export type LibraryView =
  | { kind: 'all' }
  | { kind: 'unread' }
  | { kind: 'favorites' }
  | { kind: 'highlights' }
  | { kind: 'source'; sourceId: SourceId }
  | { kind: 'tag'; tagId: TagId }
  | { kind: 'collection'; collectionId: CollectionId }

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
