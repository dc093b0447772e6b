import type {
  Collection,
  Highlight,
  HighlightListItem,
  HighlightPatch,
  HighlightQuery,
  NewHighlight,
  SplitResult,
  StoryNote,
  TagColor,
  TagSummary,
  TextPositionSelector,
  UndoTicket,
  Undoable,
} from '../../../shared/annotations'
import type {
  CollectionId,
  HighlightId,
  SourceId,
  StoryId,
  TagId,
  UndoId,
} from '../../../shared/ids'
import type {
  ImportReport,
  SearchHit,
  SearchPage,
  Source,
  Story,
  StorySummary,
} from '../../../shared/types'
import type { ImportProgress, Settings, StoryListQuery } from '../../../shared/contract'
import type { BackupSummary, RestoreMode, RestoreReport } from '../../../shared/exports'

/** A file handed over as bytes (web-mode picker, drag and drop) rather than a path. */
export interface FileUpload {
  name: string
  bytes: Uint8Array
}

/** Options for one import. */
export interface ImportOptions {
  /** Overrides encoding detection for every file of this import (e.g. "gb18030"). */
  encoding?: string
  onProgress?: (progress: ImportProgress) => void
}

/** Pages, stories, reading state and settings: the part of the library that is not annotation. */
export interface PagesApi {
  readonly dir: string
  /** Imports files and folders (recursively); each file in its own transaction. */
  importPaths(paths: string[], options?: ImportOptions): ImportReport
  /** Imports files given as bytes; same rules as importPaths. */
  importUploads(files: FileUpload[], options?: ImportOptions): ImportReport
  /** Imports the sample pages when the library holds no source yet; null when it already had some. */
  importSeedsIfEmpty(seedDir: string): ImportReport | null
  listSources(): Source[]
  listStories(query?: StoryListQuery): StorySummary[]
  /** The ids of the stories a list query keeps, in its order. */
  listStoryIds(query?: StoryListQuery): StoryId[]
  /** Summaries of the given stories in the given order; unknown ids are left out. */
  storySummaries(ids: StoryId[]): StorySummary[]
  getStory(id: StoryId): Story | null
  search(query: string, options?: { limit?: number }): SearchHit[]
  /**
   * Starts indexing stories another connection queued (an import thread's pages); cheap when
   * nothing is queued. Never throws.
   */
  refreshIndex(): void
  /** One page of a search (offset, limit) and the exact number of matching stories. */
  searchPage(query: string, options?: { limit?: number; offset?: number }): SearchPage
  /** Marks a story read or unread. */
  setRead(id: StoryId, isRead: boolean): void
  /** Remembers reading progress (0..1) and the time it was last opened. */
  saveProgress(id: StoryId, progress: number): void
  /** Remembers that the story was opened now (the Last opened order), its progress kept. */
  markOpened(id: StoryId): void
  getSettings(): Settings
  updateSettings(patch: Partial<Settings>): Settings
  /** Removes a source and its stories (with their highlights and notes). */
  removeSource(id: SourceId): void
  /**
   * Brings the search index up to date (loads or rebuilds it, and stores it) when it is not;
   * never throws. False when it could not be rebuilt: search keeps scanning the text.
   */
  maintain(): boolean
  close(): void
}

/** Tags, highlights, notes, collections, favourites and undo (core/library/annotationsApi.ts). */
export interface AnnotationsApi {
  setFavorite(id: StoryId, isFavorite: boolean): void
  listTags(): TagSummary[]
  /** Adds tags by name (created as needed, matched case-insensitively) to every story. */
  addTags(storyIds: StoryId[], names: string[]): TagSummary[]
  removeTags(storyIds: StoryId[], tagIds: TagId[]): void
  /** Renames or recolours; a name another tag has throws LibraryError CONFLICT. */
  updateTag(id: TagId, patch: { name?: string; color?: TagColor }): UndoTicket
  mergeTags(fromIds: TagId[], intoId: TagId): UndoTicket
  deleteTag(id: TagId): UndoTicket
  listHighlights(query?: HighlightQuery): HighlightListItem[]
  createHighlight(storyId: StoryId, highlight: NewHighlight): Highlight
  updateHighlight(id: HighlightId, patch: HighlightPatch): Highlight
  deleteHighlight(id: HighlightId): UndoTicket
  reattachHighlight(id: HighlightId, at: TextPositionSelector): Highlight
  getNote(storyId: StoryId): StoryNote | null
  saveNote(storyId: StoryId, markdown: string): StoryNote | null
  listCollections(): Collection[]
  createCollection(name: string): Collection
  renameCollection(id: CollectionId, name: string): Collection
  deleteCollection(id: CollectionId): UndoTicket
  addToCollection(id: CollectionId, storyIds: StoryId[]): void
  removeFromCollection(id: CollectionId, storyIds: StoryId[]): void
  reorderCollection(id: CollectionId, storyIds: StoryId[]): void
  /**
   * Undoes the newest step (an id must name it: an older one is refused, CONFLICT
   * undoNotLatest); null when there is nothing to undo. A step that cannot come back (changed
   * since) is refused with CONFLICT undoConflict and leaves the history.
   */
  undo(id?: UndoId): UndoTicket | null
  /** Runs one change and answers its value with the undo ticket it recorded (null if none). */
  undoable<T>(run: () => T): Undoable<T>
  /** Runs changes that are not the reader's own steps (an import) without recording undo. */
  withoutUndo<T>(run: () => T): T
}

/** Corrections to how a page was split (core/library/correctionsApi.ts). */
export interface CorrectionsApi {
  splitStory(id: StoryId, paragraphIndex: number): SplitResult
  mergeWithNext(id: StoryId): StoryId
  setTitle(id: StoryId, title: string): void
}

/** Replacing a page with another document (core/library/replaceOps.ts). */
export interface ReplaceApi {
  /** Puts the document's text into the page, re-anchoring highlights; undoable. */
  replaceSource(id: SourceId, file: FileUpload): UndoTicket
}

/** Deleting stories and pages, renaming pages (core/library/manageOps.ts); all undoable. */
export interface ManageApi {
  /** Deletes a story with its highlights, note, tags and collection places; undoable. */
  deleteStory(id: StoryId): UndoTicket
  /** Deletes a page with its stories and all attached to them; undoable. */
  deletePage(id: SourceId): UndoTicket
  /** Names a page (kept across re-imports); an empty name goes back to the page's own; undoable. */
  renamePage(id: SourceId, name: string): UndoTicket
  /** Derives the names of pages stored before pages were named; returns how many it named. */
  namePages(): number
}

/** Splitting stored pages again with the current splitter (core/library/resplitOps.ts). */
export interface ResplitApi {
  resplitPages(onProgress?: (progress: ImportProgress) => void): ImportReport
}

/** A single-file backup of the library, and restoring one (core/library/backupOps.ts). */
export interface BackupApi {
  /** Writes a consistent snapshot of the library, without its search index, to `out`. */
  backup(out: string): BackupSummary
  /** Says what a merge would change (dryRun), merges the backup, or replaces the library with it. */
  restore(file: string, mode: RestoreMode): RestoreReport
}

/** Everything the app, the CLI and the web bridge can ask of a library. */
export interface Library
  extends PagesApi, AnnotationsApi, CorrectionsApi, ReplaceApi, ManageApi, ResplitApi, BackupApi {}
