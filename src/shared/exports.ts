import type { CollectionId, StoryId, TagId } from './ids'

/** The formats a collection can be exported to. */
export const EXPORT_FORMATS = ['markdown', 'html', 'jsonld', 'csv', 'epub'] as const
/** One export format: Markdown folder (Obsidian, Logseq), HTML, W3C JSON-LD, Readwise CSV, EPUB 3. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Which stories an export holds, in the order the reader sees them there. */
export type ExportScope =
  | { kind: 'collection'; id: CollectionId }
  | { kind: 'tag'; id: TagId }
  | { kind: 'query'; text: string }
  | { kind: 'stories'; ids: StoryId[] }
  | { kind: 'all' }

/** What to export and how. */
export interface ExportRequest {
  scope: ExportScope
  format: ExportFormat
  /** Only the highlights (with their notes and tags), not the stories' text. */
  isHighlightsOnly: boolean
}

/** What an export wrote (the CLI's --json prints exactly these fields). */
export interface ExportSummary {
  format: ExportFormat
  /** Where it was written: a folder for markdown, a file otherwise. */
  path: string
  stories: number
  highlights: number
  /** Notes written: highlight notes and stories' own notes. */
  notes: number
}

/** Sent while a long export runs. */
export interface ExportProgress {
  done: number
  total: number
}

/** What restoring annotations from a W3C JSON-LD file did. */
export interface AnnotationImportReport {
  /** Annotations in the file. */
  annotations: number
  /** Added to the library or changed in it. */
  restored: number
  /** Whose story or passage this library does not hold. */
  orphaned: number
  /** Already in the library as in the file, or changed there since (the library's version is kept). */
  unchanged: number
}

/** How a backup is restored: say what would change, merge into the library, or replace it. */
export type RestoreMode = 'dryRun' | 'merge' | 'replace'

/** Counts of one kind of row a restore adds, updates (the backup's was newer) or keeps. */
export interface RestoreCounts {
  added: number
  updated: number
  kept: number
}

/** What a restore did (or, for a dry run, would do). */
export interface RestoreReport {
  mode: RestoreMode
  pages: RestoreCounts
  stories: RestoreCounts
  highlights: RestoreCounts
  notes: RestoreCounts
  tags: RestoreCounts
  collections: RestoreCounts
  /** For --replace: the backup of the library taken before it was replaced. */
  safetyBackup: string | null
}

/** What a backup wrote. */
export interface BackupSummary {
  path: string
  bytes: number
  stories: number
  highlights: number
}
