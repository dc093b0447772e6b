import type { LibraryHealth, RecoveryReport } from './health'
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
} from './annotations'
import type {
  AnnotationImportReport,
  BackupSummary,
  ExportProgress,
  ExportRequest,
  ExportSummary,
  RestoreMode,
  RestoreReport,
} from './exports'
import type { CollectionId, HighlightId, SourceId, StoryId, TagId, UndoId } from './ids'
import type { ImportReport, SearchPage, Source, Story, StorySummary } from './types'
import type { EventMethodName, MethodName } from './channelNames'
import type {
  ImportProgress,
  LibraryInfo,
  MenuCommand,
  SavedOutcome,
  SearchPageRequest,
  Settings,
  StoryListPage,
  StoryListQuery,
  UploadedFile,
} from './requestTypes'
import type { Result } from './results'

// The contract's other shapes, in files of their own, named through this one.
export type * from './requestTypes'
export * from './results'
export * from './channelNames'

/** Every request channel: its arguments and what it resolves to. */
export interface Channels {
  /** Library location and counts. */
  'library:info': { args: []; result: LibraryInfo }
  // No channel takes a path on disk: the page could then read any file the user can. Paths
  // come only from main's own dialog (library:pickAndImport); everything else is uploads.
  /** Imports files sent as bytes (web mode picker, drops). */
  'library:importUploads': {
    args: [files: UploadedFile[], encoding?: string]
    result: ImportReport
  }
  /** Shows the native open dialog and imports what the user picked; null when cancelled. */
  'library:pickAndImport': { args: [kind: 'files' | 'folder']; result: ImportReport | null }
  /**
   * Desktop: puts the newest good backup in place of a damaged library file (kept, unchanged,
   * in a damaged-<time> folder) and restarts. Web mode refuses: the server must be stopped first.
   */
  'library:recover': { args: []; result: RecoveryReport }
  /** All imported pages with story counts. */
  'sources:list': { args: []; result: Source[] }
  /** Puts a file's text into a page (re-anchoring its highlights); undoable. */
  'sources:replace': { args: [sourceId: SourceId, file: UploadedFile]; result: UndoTicket }
  /** Deletes a page with its stories (their highlights and notes kept in the undo); undoable. */
  'sources:delete': { args: [sourceId: SourceId]; result: UndoTicket }
  /** Names a page (kept across re-imports); an empty name goes back to the page's own. Undoable. */
  'sources:rename': { args: [sourceId: SourceId, name: string]; result: UndoTicket }
  /** Splits every stored page again with the current splitter, keeping highlights. */
  'library:resplit': { args: []; result: ImportReport }
  /** The story list for a filter and order, every summary at once (the CLI, small lists). */
  'stories:list': { args: [query: StoryListQuery]; result: StorySummary[] }
  /** The story list for a filter and order as ids only: the reader fetches summaries by page. */
  'stories:ids': { args: [query: StoryListQuery]; result: StoryId[] }
  /** Summaries of up to 500 stories, in the order asked; unknown ids are left out. */
  'stories:summaries': { args: [ids: StoryId[]]; result: StorySummary[] }
  /**
   * A list's ids and the summaries of its first `count` (at most 500) stories: the first
   * screen's rows in one round trip instead of two.
   */
  'stories:firstPage': { args: [query: StoryListQuery, count: number]; result: StoryListPage }
  /** One whole story; null when the id is unknown. */
  'stories:get': { args: [id: StoryId]; result: Story | null }
  /** Marks a story read or unread. */
  'stories:setRead': { args: [id: StoryId, isRead: boolean]; result: null }
  /** Remembers how far (0..1) the reader scrolled a story. */
  'stories:saveProgress': { args: [id: StoryId, progress: number]; result: null }
  /** Records that the reader opened a story now (the Last opened order). */
  'stories:markOpened': { args: [id: StoryId]; result: null }
  /** Marks a story a favourite or not. */
  'stories:setFavorite': { args: [id: StoryId, isFavorite: boolean]; result: null }
  /** Splits a story before its paragraph `paragraphIndex` (>= 1); stored as a correction. Undoable. */
  'stories:split': {
    args: [id: StoryId, paragraphIndex: number]
    result: Undoable<SplitResult>
  }
  /** Merges a story with the next one of its page; answers the merged story's id. Undoable. */
  'stories:mergeNext': { args: [id: StoryId]; result: Undoable<StoryId> }
  /** Replaces a story's headline (kept across re-import as a correction). Undoable. */
  'stories:setTitle': { args: [id: StoryId, title: string]; result: UndoTicket | null }
  /** Deletes a story with its highlights, note, tags and collection places; undoable. */
  'stories:delete': { args: [id: StoryId]; result: UndoTicket }
  /** Every tag with its counts, by name. */
  'tags:list': { args: []; result: TagSummary[] }
  /** Adds tags by name (created as needed) to every given story; undoable. */
  'tags:addToStories': {
    args: [storyIds: StoryId[], names: string[]]
    result: Undoable<TagSummary[]>
  }
  /** Removes tags from every given story; undoable (null: nothing changed). */
  'tags:removeFromStories': {
    args: [storyIds: StoryId[], tagIds: TagId[]]
    result: UndoTicket | null
  }
  /** Renames or recolours a tag (a name another tag has is refused: merge instead). */
  'tags:update': {
    args: [id: TagId, patch: { name?: string; color?: TagColor }]
    result: UndoTicket
  }
  /** Folds tags into one: stories and highlights keep the target tag. */
  'tags:merge': { args: [fromIds: TagId[], intoId: TagId]; result: UndoTicket }
  /** Deletes a tag from everything that had it. */
  'tags:delete': { args: [id: TagId]; result: UndoTicket }
  /** Highlights across the library (newest first), or of one story (in text order). */
  'highlights:list': { args: [query: HighlightQuery]; result: HighlightListItem[] }
  /** Highlights a passage of a story's cleaned text; undoable. */
  'highlights:create': {
    args: [storyId: StoryId, highlight: NewHighlight]
    result: Undoable<Highlight>
  }
  /** Changes a highlight's colour, note or tags; undoable. */
  'highlights:update': {
    args: [id: HighlightId, patch: HighlightPatch]
    result: Undoable<Highlight>
  }
  /** Deletes a highlight. */
  'highlights:delete': { args: [id: HighlightId]; result: UndoTicket }
  /** Places an orphaned (or any) highlight on a new passage of its story; undoable. */
  'highlights:reattach': {
    args: [id: HighlightId, at: TextPositionSelector]
    result: Undoable<Highlight>
  }
  /** A story's note; null when it has none. */
  'notes:get': { args: [storyId: StoryId]; result: StoryNote | null }
  /** Saves a story's note (Markdown); an empty note deletes it. Undoable (saves while typing are one step). */
  'notes:save': {
    args: [storyId: StoryId, markdown: string]
    result: Undoable<StoryNote | null>
  }
  /** Every collection, by name. */
  'collections:list': { args: []; result: Collection[] }
  /** Creates a collection; undoable. */
  'collections:create': { args: [name: string]; result: Undoable<Collection> }
  /** Renames a collection; undoable. */
  'collections:rename': { args: [id: CollectionId, name: string]; result: Undoable<Collection> }
  /** Deletes a collection (its stories stay in the library). */
  'collections:delete': { args: [id: CollectionId]; result: UndoTicket }
  /** Appends stories to a collection (those already in it keep their place); undoable. */
  'collections:addStories': {
    args: [id: CollectionId, storyIds: StoryId[]]
    result: UndoTicket | null
  }
  /** Takes stories out of a collection; undoable. */
  'collections:removeStories': {
    args: [id: CollectionId, storyIds: StoryId[]]
    result: UndoTicket | null
  }
  /** Sets a collection's order: every story of it, first to last; undoable. */
  'collections:reorder': {
    args: [id: CollectionId, storyIds: StoryId[]]
    result: UndoTicket | null
  }
  /**
   * Undoes the newest undoable action (an id must name the newest: undo goes in order); null
   * when nothing is left.
   */
  'undo:apply': { args: [id?: UndoId]; result: UndoTicket | null }
  /** Full-text search, exact, ranked, with snippets: one page and the exact number of matches. */
  'search:query': { args: [query: string, page?: SearchPageRequest]; result: SearchPage }
  /** Interface preferences. */
  'settings:get': { args: []; result: Settings }
  /** Updates some preferences; returns them all. */
  'settings:update': { args: [patch: Partial<Settings>]; result: Settings }
  /** Opens an http(s) link in the system browser. */
  'shell:openExternal': { args: [url: string]; result: null }
  /**
   * Exports stories with their highlights, notes and tags. Desktop: asks where with the native
   * save dialog (null when cancelled) and writes there; web: answers the file to download.
   */
  'export:run': { args: [request: ExportRequest]; result: SavedOutcome<ExportSummary> | null }
  /** Shows the last export of this session in the system file manager (desktop only). */
  'export:showInFolder': { args: []; result: null }
  /** Restores highlights, notes and tags from a W3C Web Annotation JSON-LD file. */
  'annotations:import': { args: [file: UploadedFile]; result: AnnotationImportReport }
  /** Writes a single-file backup of the library: a save dialog (desktop) or a download (web). */
  'backup:create': { args: []; result: SavedOutcome<BackupSummary> | null }
  /**
   * Desktop: picks a backup with the native dialog and restores it; null when cancelled. A merge
   * or replace right after a dry run restores the file the dry run picked, without asking again.
   */
  'backup:pickAndRestore': { args: [mode: RestoreMode]; result: RestoreReport | null }
  /** Restores a backup sent as bytes (web mode). */
  'backup:restoreUpload': { args: [file: UploadedFile, mode: RestoreMode]; result: RestoreReport }
  /** Desktop: saves the window's printout (the open story) as a PDF; null when cancelled. */
  'print:savePdf': { args: [title: string]; result: { path: string } | null }
}

/** Events flowing main -> renderer. */
export interface Events {
  'import:progress': ImportProgress
  'library:changed': {
    reason:
      | 'import'
      | 'remove'
      | 'replace'
      | 'update'
      | 'tags'
      | 'highlights'
      | 'notes'
      | 'collections'
      | 'corrections'
      | 'undo'
      | 'restore'
  }
  /** How far a background rebuild of the search index has got (search works meanwhile). */
  'index:progress': { done: number; total: number }
  /** The check of the library file at start has found it damaged (sent once). */
  'library:health': LibraryHealth
  /** Sent while a long export runs. */
  'export:progress': ExportProgress
  /** A desktop menu item was chosen (never sent in web mode). */
  'menu:command': { command: MenuCommand }
}

export type Channel = keyof Channels
export type EventName = keyof Events

/** Channel names at run time, in one list the preload, main and web bridge all use. */
export const CHANNELS = [
  'library:info',
  'library:importUploads',
  'library:pickAndImport',
  'library:recover',
  'sources:list',
  'sources:replace',
  'sources:delete',
  'sources:rename',
  'library:resplit',
  'stories:list',
  'stories:ids',
  'stories:summaries',
  'stories:firstPage',
  'stories:get',
  'stories:setRead',
  'stories:saveProgress',
  'stories:markOpened',
  'stories:setFavorite',
  'stories:split',
  'stories:mergeNext',
  'stories:setTitle',
  'stories:delete',
  'tags:list',
  'tags:addToStories',
  'tags:removeFromStories',
  'tags:update',
  'tags:merge',
  'tags:delete',
  'highlights:list',
  'highlights:create',
  'highlights:update',
  'highlights:delete',
  'highlights:reattach',
  'notes:get',
  'notes:save',
  'collections:list',
  'collections:create',
  'collections:rename',
  'collections:delete',
  'collections:addStories',
  'collections:removeStories',
  'collections:reorder',
  'undo:apply',
  'search:query',
  'settings:get',
  'settings:update',
  'shell:openExternal',
  'export:run',
  'export:showInFolder',
  'annotations:import',
  'backup:create',
  'backup:pickAndRestore',
  'backup:restoreUpload',
  'print:savePdf',
] as const satisfies readonly Channel[]

/** Event names at run time. */
export const EVENTS = [
  'import:progress',
  'library:changed',
  'index:progress',
  'library:health',
  'export:progress',
  'menu:command',
] as const satisfies readonly EventName[]

/** window.api: one function per channel, one subscription per event; derived, never hand-written. */
export type Api = {
  [C in Channel as MethodName<C>]: (
    ...args: Channels[C]['args']
  ) => Promise<Result<Channels[C]['result']>>
} & {
  [E in EventName as EventMethodName<E>]: (listener: (payload: Events[E]) => void) => () => void
}
