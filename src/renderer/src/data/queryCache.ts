import type { Failure, Result } from '../../../shared/contract'

/** What a cached request depends on; a change to the library invalidates some topics. */
export type Topic =
  | 'info'
  | 'sources'
  /** Which stories a list holds and in what order (stories:ids). */
  | 'stories'
  /** The order of lists sorted by when stories were last opened (stories:ids). */
  | 'recent'
  /** What a story's row shows: headline, read mark, tags, counts (stories:summaries). */
  | 'storyRows'
  | 'story'
  | 'tags'
  | 'collections'
  | 'highlights'
  | 'notes'
  | 'search'

/** Every topic: what an import, a removal or an undo may have changed. */
export const ALL_TOPICS: readonly Topic[] = [
  'info',
  'sources',
  'stories',
  'storyRows',
  'story',
  'tags',
  'collections',
  'highlights',
  'notes',
  'search',
]

/** A request the cache shares: its key, the topics that invalidate it, and how to load it. */
export interface QueryDef<T> {
  key: string
  topics: readonly Topic[]
  load: () => Promise<Result<T>>
}

/** One request's last answer. */
export interface QuerySnapshot<T> {
  data: T | undefined
  error: Failure | null
  isLoading: boolean
}

interface Entry {
  topics: readonly Topic[]
  load: () => Promise<Result<unknown>>
  snapshot: QuerySnapshot<unknown>
  listeners: Set<() => void>
  isFetching: boolean
  /** Invalidated while a request was running: fetch again when it answers. */
  isRefetchDue: boolean
  isStale: boolean
}

// Entries no component shows any more are kept for an instant return (the last few only).
const KEPT_IDLE = 40

const entries = new Map<string, Entry>()

const publish = (entry: Entry, patch: Partial<QuerySnapshot<unknown>>): void => {
  entry.snapshot = { ...entry.snapshot, ...patch }
  for (const listener of entry.listeners) listener()
}

const fetchEntry = (entry: Entry): void => {
  if (entry.isFetching) {
    entry.isRefetchDue = true
    return
  }
  entry.isFetching = true
  entry.isStale = false
  publish(entry, { isLoading: true })
  void entry.load().then((result) => {
    entry.isFetching = false
    if (result.ok) publish(entry, { data: result.value, error: null, isLoading: false })
    else {
      // A failure is never a lasting answer: the next to show the key asks again (a story
      // prefetched while web mode restarted failed, and its click then showed nothing).
      entry.isStale = true
      publish(entry, { error: result.error, isLoading: false })
    }
    if (entry.isRefetchDue) {
      entry.isRefetchDue = false
      fetchEntry(entry)
    }
  })
}

const forgetIdle = (): void => {
  const idle = [...entries].filter(([, entry]) => entry.listeners.size === 0)
  for (const [key] of idle.slice(0, Math.max(0, idle.length - KEPT_IDLE))) entries.delete(key)
}

/**
 * Shares one request per key between every component that shows it: the first subscriber
 * fetches, later ones reuse the answer, and an invalidation refetches each shown key once.
 */
export const subscribeQuery = (
  key: string,
  topics: readonly Topic[],
  load: () => Promise<Result<unknown>>,
  listener: () => void,
): (() => void) => {
  let entry = entries.get(key)
  if (!entry) {
    entry = {
      topics,
      load,
      snapshot: { data: undefined, error: null, isLoading: true },
      listeners: new Set(),
      isFetching: false,
      isRefetchDue: false,
      isStale: true,
    }
    entries.set(key, entry)
  }
  entry.load = load
  entry.listeners.add(listener)
  if (entry.isStale) fetchEntry(entry)
  const subscribed = entry
  return () => {
    subscribed.listeners.delete(listener)
    if (subscribed.listeners.size === 0) forgetIdle()
  }
}

/**
 * Starts a request before any component shows it (the first screen's data, asked for while the
 * script starts) and resolves with its first answer, or at once when the cache holds one. The
 * components that show it later share the answer; until then it is held like a shown key.
 */
export const prefetchQuery = <T>({ key, topics, load }: QueryDef<T>): Promise<QuerySnapshot<T>> =>
  new Promise((resolve) => {
    let isDone = false
    let unsubscribe: (() => void) | null = null
    const settle = () => {
      const snapshot = entries.get(key)?.snapshot
      if (isDone || !snapshot || snapshot.isLoading) return
      isDone = true
      unsubscribe?.()
      resolve(snapshot as QuerySnapshot<T>)
    }
    unsubscribe = subscribeQuery(key, topics, load, settle)
    // Already answered (no fetch, so no call to the listener), or answered synchronously.
    if (isDone) unsubscribe()
    else settle()
  })

/** The latest answer for a key (undefined data until the first answer). */
export const querySnapshot = (key: string): QuerySnapshot<unknown> | undefined =>
  entries.get(key)?.snapshot

/** Fetches one key again now. */
export const refetchQuery = (key: string): void => {
  const entry = entries.get(key)
  if (entry) fetchEntry(entry)
}

/**
 * Marks every request that depends on one of `topics` stale; shown ones are fetched again now,
 * or, with `isLazy`, only when next shown (a change the screen already shows, like a scroll).
 */
export const invalidateTopics = (topics: readonly Topic[], isLazy = false): void => {
  for (const [key, entry] of entries) {
    if (!entry.topics.some((topic) => topics.includes(topic))) continue
    if (entry.listeners.size > 0 && !isLazy) fetchEntry(entry)
    else if (entry.listeners.size > 0) entry.isStale = true
    // Not shown: forget it, so it is never shown stale (a story would open at an old place).
    else entries.delete(key)
  }
}
