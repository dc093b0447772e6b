import type { Repos } from '../db/createRepos'
import { readSnapshot, writeTransaction } from '../db/writeTransaction'
import { ftsSearch } from '../search/ftsSearch'
import type { ParsedQuery } from '../search/parseQuery'
import { scanSearch } from '../search/scanSearch'
import { storyCache } from '../search/storyCache'
import type { StoryId } from '../../../shared/ids'
import type { IndexableStory, SearchBackend, SearchOptions, SearchPage } from '../search/types'

/** How far a background build of the search index has got. */
export interface IndexProgress {
  done: number
  total: number
}

/** How the store reaches the host: where to run deferred work, where to report problems. */
export interface SearchIndexStoreOptions {
  /** Runs deferred work later (setImmediate in a long-lived host); without it, maintain() builds. */
  schedule?: (task: () => void) => void
  /** With it, the background build pauses between steps so the reader is served meanwhile. */
  pause?: () => Promise<void>
  onProgress?: (progress: IndexProgress) => void
  /**
   * Asks another thread to index the queue (a host's indexer worker, see drainSearchQueue);
   * with it, this connection never indexes the queue itself, it only reads.
   */
  requestIndexing?: () => void
  log?: (message: string, error: unknown) => void
}

/**
 * The library's full-text index. Triggers queue every new or changed story in its own
 * transaction; the queue is indexed in the background (or by maintain()), and search reads the
 * queued stories' text meanwhile, so every answer is exact the moment a change commits.
 */
export interface SearchIndexStore extends SearchBackend {
  search(query: ParsedQuery, options?: SearchOptions): SearchPage
  /**
   * Schedules the background build when the index is not complete (reads one row); asks an
   * indexer thread in any case (it merges segments too).
   */
  check(): void
  /** Completes the index now (the CLI); false when it could not be built. Never throws. */
  maintain(): boolean
  /** Stops scheduled work from touching the database after it is closed. */
  close(): void
}

// Stories indexed per write transaction in the background: a step takes tens of milliseconds,
// so the reader waits no longer than that between steps. maintain() (the CLI) takes larger
// steps: a step is one segment of the index, and fewer, larger segments merge sooner.
const STEP = 40
const MAINTAIN_STEP = 500
// Queued stories read from the store at once while scanning them.
const SCAN_CHUNK = 200
// Stories kept read between searches (about 10 MB of text at newsletter length): a query
// typed letter by letter, or paged, meets mostly the same stories again.
const CACHED_STORIES = 3000

const DEFAULT_LIMIT = 50

const warn = (message: string, error: unknown): void => {
  console.warn(`[inkstone] ${message}:`, error instanceof Error ? error.message : error)
}

/** The search index of one library connection; reads nothing at creation. */
export function searchIndexStore(
  repos: Repos,
  options: SearchIndexStoreOptions = {},
): SearchIndexStore {
  const log = options.log ?? warn
  const index = repos.searchIndex
  const stories = storyCache(repos.db, repos.stories.lookup, CACHED_STORIES)
  let isScheduled = false
  let isBuilding = false
  let isClosed = false
  // Set when a build step failed: scheduled work does not retry it on every search.
  let hasFailed = false

  const step = (size: number): boolean => writeTransaction(repos.db, () => index.indexQueued(size))
  const mergeStep = (): boolean => index.mergeStep()

  const maintain = (): boolean => {
    if (isClosed) return false
    try {
      let steps = 0
      while (step(MAINTAIN_STEP)) steps++
      // Segments are merged once the queue is empty (see migration 5), one step at a time.
      while (steps > 0 && mergeStep()) steps++
      return true
    } catch (error) {
      hasFailed = true
      log('the search index could not be built; searching the text instead', error)
      return false
    }
  }

  const check = (): void => {
    try {
      // An indexer thread also merges the index's segments (an import thread that indexed
      // its own pages leaves many small ones), so it is asked even with nothing queued.
      if (options.requestIndexing !== undefined || index.pendingCount() > 0) schedule()
    } catch (error) {
      log('the search index could not be checked', error)
    }
  }

  const buildInSteps = async (pause: () => Promise<void>): Promise<void> => {
    if (isBuilding) return
    isBuilding = true
    try {
      let steps = 0
      while (!isClosed && step(STEP)) {
        steps++
        options.onProgress?.(index.buildState())
        await pause()
      }
      if (isClosed || steps === 0) return
      options.onProgress?.({ done: 1, total: 1 })
      while (!isClosed && mergeStep()) await pause()
    } catch (error) {
      hasFailed = true
      log('the search index could not be built; searching the text instead', error)
    } finally {
      isBuilding = false
    }
  }

  const schedule = (): void => {
    if (options.requestIndexing !== undefined && !isClosed) {
      options.requestIndexing()
      return
    }
    if (isScheduled || isClosed || hasFailed || options.schedule === undefined) return
    isScheduled = true
    // A task that throws would take down a host's event loop: this one never does.
    options.schedule(() => {
      isScheduled = false
      if (isClosed) return
      if (options.pause) void buildInSteps(options.pause)
      else maintain()
    })
  }

  const pendingIds = (): StoryId[] | null => {
    try {
      return index.pendingIds()
    } catch (error) {
      log('the search index could not be checked', error)
      return null
    }
  }

  // A damaged index (SQLite reports corruption, or a query fails) is emptied and built again.
  const restart = (error: unknown): void => {
    log('the search index failed; searching the text while it is built again', error)
    try {
      writeTransaction(repos.db, () => index.restart())
      hasFailed = false
      schedule()
    } catch (restartError) {
      hasFailed = true
      log('the search index could not be reset', restartError)
    }
  }

  const scan = (query: ParsedQuery, searchOptions?: SearchOptions): SearchPage =>
    scanSearch(() => repos.stories.iterateIndexable(), query, searchOptions)

  function* storiesOf(ids: StoryId[]): Generator<IndexableStory> {
    for (let start = 0; start < ids.length; start += SCAN_CHUNK) {
      yield* stories.lookup(ids.slice(start, start + SCAN_CHUNK))
    }
  }

  // Queued stories are not in the index: their hits come first (they are the newest or just
  // edited), read from their text, then the index's hits.
  const searchWithQueue = (
    queue: StoryId[],
    query: ParsedQuery,
    searchOptions: SearchOptions = {},
  ): SearchPage => {
    const offset = searchOptions.offset ?? 0
    const limit = searchOptions.limit ?? DEFAULT_LIMIT
    const within = searchOptions.within
    const ids = within === undefined ? queue : queue.filter((id) => within.has(id))
    const queued = scanSearch(() => storiesOf(ids), query, { within, limit: offset + limit })
    const fromQueue = queued.hits.slice(offset, offset + limit)
    const indexed = ftsSearch(index, stories.lookup, query, {
      within,
      offset: Math.max(0, offset - queued.total),
      limit: Math.max(1, limit - fromQueue.length),
    })
    const hits = fromQueue.length < limit ? fromQueue.concat(indexed.hits) : fromQueue
    return { total: queued.total + indexed.total, hits: hits.slice(0, limit) }
  }

  return {
    // One snapshot: the indexer may move stories from the queue into the index meanwhile. A
    // failure is dealt with after it, outside the read transaction.
    search: (query, searchOptions) => {
      let failure: unknown = null
      let queued = 0
      let page: SearchPage | null = null
      try {
        page = readSnapshot(repos.db, (): SearchPage | null => {
          const queue = pendingIds()
          if (queue === null) return null
          // The snapshot holds from the read above: the cache is checked against it.
          stories.validate()
          queued = queue.length
          try {
            if (queue.length === 0) {
              return ftsSearch(index, stories.lookup, query, searchOptions)
            }
            return searchWithQueue(queue, query, searchOptions)
          } catch (error) {
            failure = error
            return null
          }
        })
      } catch (error) {
        // SQLite may roll the whole read back on a corrupt page (SQLITE_CORRUPT), so ending
        // the snapshot fails too: that is the same damage.
        failure ??= error
        page = null
      }
      if (page === null && failure !== null) restart(failure)
      // The queue was just read: indexing is asked for without counting it again.
      else if (queued > 0) schedule()
      return page ?? scan(query, searchOptions)
    },
    check,
    // Triggers on the stories table have already queued these stories (or removed their index
    // rows) in the transaction that changed them; the queue is worked through later.
    upsert: (ids) => {
      if (ids.length > 0) check()
    },
    remove: () => {},
    rebuild: () => {
      if (isClosed) return
      try {
        writeTransaction(repos.db, () => index.restart())
        hasFailed = false
        if (options.schedule === undefined) maintain()
        else schedule()
      } catch (error) {
        log('the search index could not be rebuilt; searching the text instead', error)
      }
    },
    maintain,
    close: () => {
      isClosed = true
    },
  }
}
