import type { HighlightColor } from './annotations'
import type { LibraryHealth } from './health'
import type { CollectionId, SourceId, StoryId, TagId } from './ids'
import type { ReaderSession } from './session'
import type { StorySummary } from './types'

// The shapes the contract's channels and events carry that are not domain types of their own
// (those live in types.ts, annotations.ts, exports.ts): queries, settings, transport envelopes.

/** How the story list is filtered and ordered. */
export interface StoryListQuery {
  sourceId?: SourceId
  tagId?: TagId
  /** Lists the collection in its own (hand-made) order unless `sort` says otherwise. */
  collectionId?: CollectionId
  isUnread?: boolean
  isFavorite?: boolean
  sort?: 'position' | 'title' | 'imported' | 'lastOpened'
}

/** A list's order and the summaries of its first stories, in one answer (stories:firstPage). */
export interface StoryListPage {
  ids: StoryId[]
  summaries: StorySummary[]
}

/** Which page of search hits to answer (50 from the first by default). */
export interface SearchPageRequest {
  offset?: number
  limit?: number
}

/** Sent while an import runs. */
export interface ImportProgress {
  done: number
  total: number
  path: string
}

/** The user's interface preferences, kept in the library. */
export interface Settings {
  theme: 'light' | 'dark' | 'sepia'
  language: 'auto' | 'zh' | 'en'
  fontSize: number
  paneWidths: [number, number]
  collapsedPanes: { library: boolean; list: boolean }
  windowBounds: { width: number; height: number; x?: number; y?: number } | null
  /** The reader's own names for the five highlight colours; '' shows the built-in name. */
  highlightColorNames: Record<HighlightColor, string>
  /** Width of the reader's highlights side panel in px; 0 when closed. */
  highlightPanelWidth: number
  /** The story's typeface: a sans (Hei), Songti (serif) or Kaiti, from the system's fonts. */
  readingFont: 'sans' | 'serif' | 'kai'
  /** The story's line height, as a multiple of the text size. */
  lineHeight: number
  /** The longest line of the story, in characters (em). */
  columnWidth: number
  /** Space between paragraphs, in em. */
  paragraphSpacing: number
  /** Indents each paragraph's first line by two characters (两字缩进). */
  isFirstLineIndented: boolean
  /** The view, order, search and open story to come back to (reload, restart, new address). */
  session: ReaderSession
}

/** Where the library lives and what it holds. */
export interface LibraryInfo {
  dir: string
  sourceCount: number
  storyCount: number
  mode: 'desktop' | 'web'
  /** The check of the library file at start ('ok' until it has run). */
  health: LibraryHealth
}

/** A file sent as bytes (web-mode picker, drag and drop), base64-encoded for transport. */
export interface UploadedFile {
  name: string
  base64: string
}

/**
 * A file the page saves through the browser (web mode has no save dialog): its name, type and
 * bytes, base64-encoded.
 */
export interface Download {
  name: string
  mime: string
  base64: string
}

/** What an export or a backup did: where it went (desktop) or the file to save (web mode). */
export interface SavedOutcome<T> {
  summary: T
  /** Web mode: the file for the page to download (a markdown export is zipped). */
  download: Download | null
}

/** What the desktop application menu asks the page to do (the page owns the dialogs and theme). */
export type MenuCommand =
  | 'import-files'
  | 'import-folder'
  | 'resplit'
  | 'toggle-theme'
  | 'find'
  | 'shortcuts'
  | 'export'
  | 'print'
  | 'save-pdf'
  | 'import-annotations'
  | 'backup'
  | 'restore'
