import type { SourceId, StoryId } from './ids'

/** What a story is: a written article or a photo with its caption and credit. */
export type StoryKind = 'article' | 'photo'

/** Text formats the importer understands. */
export type SourceFormat = 'text' | 'markdown' | 'html'

/** One imported file. */
export interface Source {
  id: SourceId
  name: string
  path: string
  contentHash: string
  encoding: string
  format: SourceFormat
  importedAt: string
  storyCount: number
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
}

/** A whole story: original text exactly as decoded, and the cleaned (reflowed) body. */
export interface Story extends StorySummary {
  originalText: string
  body: string
}

/** One file the importer passed over, and why. */
export interface SkippedFile {
  path: string
  reason: string
}

/** What an import did. */
export interface ImportReport {
  files: number
  stories: number
  added: number
  removed: number
  unchanged: number
  skipped: SkippedFile[]
}

/** One search result, with a snippet whose matches are wrapped in «» markers as ranges. */
export interface SearchHit {
  id: StoryId
  title: string
  source: string
  score: number
  snippet: string
  /** [start, end) code-unit ranges of the matches inside `snippet`. */
  snippetMatches: Array<[number, number]>
  isTitleMatch: boolean
}
