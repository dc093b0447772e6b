import type { UndoAction } from './messages'
import type { CollectionId, HighlightId, SourceId, StoryId, TagId, UndoId } from './ids'

/** The five highlight colours; each has a name the reader can change (Settings.highlightColorNames). */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

/** Colours a tag can wear in the left pane and on chips. */
export const TAG_COLORS = [
  'gray',
  'red',
  'orange',
  'yellow',
  'green',
  'teal',
  'blue',
  'purple',
  'pink',
] as const
export type TagColor = (typeof TAG_COLORS)[number]

/** A tag as a story or highlight carries it. */
export interface TagRef {
  id: TagId
  name: string
  color: TagColor
}

/** A tag with how much it is used, for the left pane and autocomplete. */
export interface TagSummary extends TagRef {
  storyCount: number
  highlightCount: number
}

/** W3C Web Annotation TextQuoteSelector against the story's cleaned body. */
export interface TextQuoteSelector {
  exact: string
  prefix: string
  suffix: string
}

/** W3C Web Annotation TextPositionSelector: [start, end) in Unicode code points of the cleaned body. */
export interface TextPositionSelector {
  start: number
  end: number
}

/** A highlighted passage with its colour, note and tags. */
export interface Highlight {
  id: HighlightId
  storyId: StoryId
  color: HighlightColor
  /** Markdown; empty when none. */
  note: string
  quote: TextQuoteSelector
  position: TextPositionSelector
  /** True when re-anchoring could not place the quote in the story's current text. */
  isOrphan: boolean
  tags: TagRef[]
  createdAt: string
  updatedAt: string
}

/** A highlight in the library-wide Highlights view. */
export interface HighlightListItem extends Highlight {
  storyTitle: string
  sourceId: SourceId
  sourceName: string
}

/** Filters of the Highlights view (all optional, combined with AND). */
export interface HighlightQuery {
  storyId?: StoryId
  color?: HighlightColor
  tagId?: TagId
  sourceId?: SourceId
  /** Words that must occur in the quote or the note. */
  text?: string
  isOrphan?: boolean
}

/** What a new highlight covers: [start, end) code points of the cleaned body. */
export interface NewHighlight {
  start: number
  end: number
  color: HighlightColor
  note?: string
  tags?: string[]
}

/** A change to a highlight; `tags` replaces its tag names. */
export interface HighlightPatch {
  color?: HighlightColor
  note?: string
  tags?: string[]
}

/** A story's own note, in Markdown. */
export interface StoryNote {
  storyId: StoryId
  markdown: string
  updatedAt: string
}

/** A named, ordered reading list. */
export interface Collection {
  id: CollectionId
  name: string
  storyCount: number
  createdAt: string
}

/** Handed back by an undoable action (delete, rename, merge) so the page can offer Undo. */
export interface UndoTicket {
  id: UndoId
  /** What would be undone, as a code the toast says in the reader's language. */
  action: UndoAction
}

/** What an undoable change answered, with its undo ticket (null when it changed nothing). */
export interface Undoable<T> {
  value: T
  undo: UndoTicket | null
}

/** What splitting a story produced. */
export interface SplitResult {
  first: StoryId
  second: StoryId
}
