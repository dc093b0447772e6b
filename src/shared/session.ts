import type { CollectionId, SourceId, StoryId, TagId } from './ids'

/**
 * What the library pane has selected: every story, the unread ones, favourites, one page, one
 * tag, one collection, or the library-wide Highlights view (which replaces the story list).
 */
export type LibrarySelection =
  | { kind: 'all' }
  | { kind: 'unread' }
  | { kind: 'favorites' }
  | { kind: 'highlights' }
  | { kind: 'source'; sourceId: SourceId }
  | { kind: 'tag'; tagId: TagId }
  | { kind: 'collection'; collectionId: CollectionId }

/** The orders the story list can be read in. */
export type StoryOrder = 'position' | 'title' | 'imported' | 'lastOpened'

/**
 * Where the reader left off, kept with the library (not the browser) so a reload, a restart
 * or a new web-mode address opens the same screen. The open story's scroll position is its own
 * reading progress, kept per story.
 */
export interface ReaderSession {
  view: LibrarySelection
  sort: StoryOrder
  /** The search box's text ('' when not searching). */
  query: string
  openStoryId: StoryId | null
}

/** The session of a library never read in: every story, in library order, none open. */
export const START_SESSION: Readonly<ReaderSession> = {
  view: { kind: 'all' },
  sort: 'position',
  query: '',
  openStoryId: null,
}
