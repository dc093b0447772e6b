import type { SourceId, StoryId } from './ids'
import type { ImportReport, SearchHit, Source, Story, StorySummary } from './types'

/** How the story list is filtered and ordered. */
export interface StoryListQuery {
  sourceId?: SourceId
  isUnread?: boolean
  sort?: 'position' | 'title' | 'imported'
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
}

/** Where the library lives and what it holds. */
export interface LibraryInfo {
  dir: string
  sourceCount: number
  storyCount: number
  mode: 'desktop' | 'web'
}

/** A file sent as bytes (web-mode picker, drag and drop), base64-encoded for transport. */
export interface UploadedFile {
  name: string
  base64: string
}

/** Every request channel: its arguments and what it resolves to. */
export interface Channels {
  /** Library location and counts. */
  'library:info': { args: []; result: LibraryInfo }
  /** Imports files/folders by path (desktop: paths from dialogs or drops). */
  'library:importPaths': { args: [paths: string[], encoding?: string]; result: ImportReport }
  /** Imports files sent as bytes (web mode picker, drops without paths). */
  'library:importUploads': { args: [files: UploadedFile[], encoding?: string]; result: ImportReport }
  /** Shows the native open dialog and imports what the user picked; null when cancelled. */
  'library:pickAndImport': { args: [kind: 'files' | 'folder']; result: ImportReport | null }
  /** All imported pages with story counts. */
  'sources:list': { args: []; result: Source[] }
  /** The story list for a filter and order. */
  'stories:list': { args: [query: StoryListQuery]; result: StorySummary[] }
  /** One whole story; null when the id is unknown. */
  'stories:get': { args: [id: StoryId]; result: Story | null }
  /** Marks a story read or unread. */
  'stories:setRead': { args: [id: StoryId, isRead: boolean]; result: null }
  /** Remembers how far (0..1) the reader scrolled a story. */
  'stories:saveProgress': { args: [id: StoryId, progress: number]; result: null }
  /** Full-text search, exact, ranked, with snippets. */
  'search:query': { args: [query: string, limit?: number]; result: SearchHit[] }
  /** Interface preferences. */
  'settings:get': { args: []; result: Settings }
  /** Updates some preferences; returns them all. */
  'settings:update': { args: [patch: Partial<Settings>]; result: Settings }
  /** Opens an http(s) link in the system browser. */
  'shell:openExternal': { args: [url: string]; result: null }
}

/** What the desktop application menu asks the page to do (the page owns the dialogs and theme). */
export type MenuCommand = 'import-files' | 'import-folder' | 'toggle-theme' | 'find' | 'shortcuts'

/** Events flowing main -> renderer. */
export interface Events {
  'import:progress': ImportProgress
  'library:changed': { reason: 'import' | 'remove' | 'update' }
  /** A desktop menu item was chosen (never sent in web mode). */
  'menu:command': { command: MenuCommand }
}

export type Channel = keyof Channels
export type EventName = keyof Events

/** Channel names at run time, in one list the preload, main and web bridge all use. */
export const CHANNELS = [
  'library:info',
  'library:importPaths',
  'library:importUploads',
  'library:pickAndImport',
  'sources:list',
  'stories:list',
  'stories:get',
  'stories:setRead',
  'stories:saveProgress',
  'search:query',
  'settings:get',
  'settings:update',
  'shell:openExternal',
] as const satisfies readonly Channel[]

/** Event names at run time. */
export const EVENTS = [
  'import:progress',
  'library:changed',
  'menu:command',
] as const satisfies readonly EventName[]

/** Error codes a request can fail with. */
export type ErrorCode =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'IMPORT_FAILED'
  | 'FORBIDDEN'
  | 'UNAVAILABLE'
  | 'INTERNAL'

/** What every request resolves to: expected failures are values, not exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } }

type CamelPart<S extends string> = S extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : S
/** `stories:list` -> `storiesList`. */
export type MethodName<C extends string> = CamelPart<C>

/** `stories:list` -> `storiesList`, at run time. */
export const methodName = <C extends string>(channel: C): MethodName<C> =>
  channel.replace(/:(.)/, (_m, c: string) => c.toUpperCase()) as MethodName<C>

/** `import:progress` -> `onImportProgress`. */
export type EventMethodName<E extends string> = `on${Capitalize<CamelPart<E>>}`

/** `import:progress` -> `onImportProgress`, at run time. */
export const eventMethodName = <E extends string>(event: E): EventMethodName<E> => {
  const camel = methodName(event)
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}` as EventMethodName<E>
}

/** window.api: one function per channel, one subscription per event; derived, never hand-written. */
export type Api = {
  [C in Channel as MethodName<C>]: (...args: Channels[C]['args']) => Promise<Result<Channels[C]['result']>>
} & {
  [E in EventName as EventMethodName<E>]: (listener: (payload: Events[E]) => void) => () => void
}
