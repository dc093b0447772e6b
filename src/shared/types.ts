import type { TagRef } from './annotations'
import type { SkipReason } from './messages'
import type { CollectionId, SourceId, StoryId } from './ids'

/** What a story is: a written article or a photo with its caption and credit. */
export type StoryKind = 'article' | 'photo'

/** Text formats the importer understands. */
export type SourceFormat = 'text' | 'markdown' | 'html'

/** Where a page came from: a file on disk (re-importing its path updates it) or bytes sent in. */
export type SourceOrigin = 'file' | 'upload'

/** One imported page, identified by its id; its name and path are attributes. */
export interface Source {
  id: SourceId
  name: string
  origin: SourceOrigin
  /** The absolute path of a page imported from disk; null for an upload or a drop. */
  path: string | null
  contentHash: string
  encoding: string
  format: SourceFormat
  importedAt: string
  storyCount: number
  /** The name the page gives itself (newsletter name and date, HTML title); null when none. */
  title: string | null
  /** The page's date as its text gives it (YYYY-MM-DD); null when it gives none. */
  pageDate: string | null
  /** The name the reader gave the page; null when never renamed. Shown before the title. */
  customName: string | null
}

/** A story as the list shows it (no full text). */
export interface StorySummary {
  id: StoryId
  sourceId: SourceId
  sourceName: string
  position: number
  title: string
  isTitleDerived: boolean
  byline: string | null
  kind: StoryKind
  excerpt: string
  importedAt: string
  isRead: boolean
  /** How far the reader got, 0..1. */
  progress: number
  lastOpenedAt: string | null
  isFavorite: boolean
  tags: TagRef[]
  /** Highlights placed in this story (orphans included). */
  highlightCount: number
  /** True when the story has a note of its own. */
  hasNote: boolean
}

/** A whole story: original text exactly as decoded, and the cleaned (reflowed) body. */
export interface Story extends StorySummary {
  originalText: string
  body: string
  /** Collections this story is in. */
  collectionIds: CollectionId[]
}

/** One file the importer passed over, and why. */
export interface SkippedFile {
  path: string
  reason: SkipReason
}

/** What an import did. */
export interface ImportReport {
  files: number
  stories: number
  added: number
  removed: number
  unchanged: number
  /** Highlights found again in re-imported text. */
  reanchored: number
  /** Highlights whose text is gone: kept, marked as orphans for the reader to re-attach. */
  orphaned: number
  skipped: SkippedFile[]
  /**
   * Uploads added as new pages although a page of that name was already in the library: a name
   * never makes two files the same page (replace the old page explicitly to update it).
   */
  namesakes: string[]
  /**
   * Pages read although some of their bytes were broken (as a browser shows them): each broken
   * sequence became U+FFFD in the stored text. `encoding` is the one they were read in.
   */
  repaired: RepairedFile[]
}

/** One page read with replacement characters, and how many sequences were replaced. */
export interface RepairedFile {
  path: string
  encoding: string
  replacements: number
}

/**
 * What a search matched in one story, as [start, end) code-unit ranges of its stored `title`,
 * `byline` and cleaned `body`: sorted, overlaps merged, at most a bounded number in all.
 */
export interface StoryMatches {
  titleMatches: Array<[number, number]>
  bylineMatches: Array<[number, number]>
  bodyMatches: Array<[number, number]>
}

/**
 * One search result: a snippet with its matches as ranges, and where the query matched the
 * story's text, so the reader marks exactly what search matched.
 */
/** One page of search hits and the exact number of stories that match. */
export interface SearchPage {
  total: number
  hits: SearchHit[]
}

export interface SearchHit extends StoryMatches {
  id: StoryId
  title: string
  source: string
  score: number
  snippet: string
  /** [start, end) code-unit ranges of the matches inside `snippet`. */
  snippetMatches: Array<[number, number]>
  isTitleMatch: boolean
  /** Where the words were found: the story's own text, or its notes, highlights and tag names. */
  matchedIn: 'text' | 'annotation'
}
