import type { Result, Settings } from '../../../shared/contract'
import type { StoryId } from '../../../shared/ids'
import { START_SESSION } from '../../../shared/session'
import type { LibrarySelection, ReaderSession, StoryOrder } from '../../../shared/session'
import { preloadedSettings } from '../features/settings/preloadSettings'

// The session (view, order, search, open story) lives in the library's settings, so a restart
// or a new web-mode address finds it. The browser keeps a copy as a hint: the first screen asks
// for the hinted list at once instead of waiting for the settings to say which one to ask for.

const HINT_KEY = 'inkstone.session'
const SORTS: readonly StoryOrder[] = ['position', 'title', 'imported', 'lastOpened']
const PLAIN_VIEWS = ['all', 'unread', 'favorites', 'highlights']
const ID_OF_VIEW = { source: 'sourceId', tag: 'tagId', collection: 'collectionId' } as const

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

const viewOf = (value: unknown): LibrarySelection => {
  if (!isRecord(value) || typeof value.kind !== 'string') return START_SESSION.view
  if (PLAIN_VIEWS.includes(value.kind)) return { kind: value.kind } as LibrarySelection
  const idKey = ID_OF_VIEW[value.kind as keyof typeof ID_OF_VIEW]
  const id = idKey === undefined ? undefined : value[idKey]
  if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) return START_SESSION.view
  return { kind: value.kind, [idKey]: id } as unknown as LibrarySelection
}

/** A stored session made safe to use: anything unknown or damaged falls back to the start. */
export const normaliseSession = (value: unknown): ReaderSession => {
  if (!isRecord(value)) return START_SESSION
  const sort = SORTS.find((item) => item === value.sort) ?? START_SESSION.sort
  return {
    view: viewOf(value.view),
    sort,
    query: typeof value.query === 'string' ? value.query.slice(0, 1000) : '',
    openStoryId:
      typeof value.openStoryId === 'string' && value.openStoryId !== ''
        ? (value.openStoryId as StoryId)
        : null,
  }
}

/** The session in a settings answer (the start when it failed). */
export const sessionOfSettings = (result: Result<Settings> | undefined): ReaderSession =>
  result?.ok ? normaliseSession(result.value.session) : START_SESSION

/** The browser's copy, or null when it has none (a first visit, a new address). */
export const readSessionHint = (): ReaderSession | null => {
  try {
    const text = window.localStorage.getItem(HINT_KEY)
    return text === null ? null : normaliseSession(JSON.parse(text))
  } catch {
    return null
  }
}

/** Keeps the browser's copy up to date (storage full or refused: only the hint is lost). */
export const writeSessionHint = (session: ReaderSession): void => {
  try {
    window.localStorage.setItem(HINT_KEY, JSON.stringify(session))
  } catch {
    // The library's copy is the one that counts.
  }
}

// A row clicked in the first paint, before the app ran (see firstPaint.ts).
let firstChoice: StoryId | null = null

/** The story a row of the first paint was clicked for: the app opens it. */
export const chooseFirstStory = (id: StoryId): void => {
  firstChoice = id
}

/**
 * The session the shell opens on: the library's, when its settings have answered before the
 * first render (they almost always have), else the browser's copy, else the start; with the
 * story chosen in the first paint open, if one was.
 */
export const restoredSession = (): ReaderSession => {
  const settings = preloadedSettings()
  const session =
    settings !== undefined ? sessionOfSettings(settings) : (readSessionHint() ?? START_SESSION)
  return firstChoice === null ? session : { ...session, openStoryId: firstChoice }
}

/** True when two sessions are the same. */
export const isSameSession = (a: ReaderSession, b: ReaderSession): boolean =>
  JSON.stringify(a) === JSON.stringify(b)
