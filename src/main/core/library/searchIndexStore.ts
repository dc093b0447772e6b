import type { Repos } from '../db/createRepos'
import { writeTransaction } from '../db/writeTransaction'
import { ftsSearch } from '../search/ftsSearch'
import type { ParsedQuery } from '../search/parseQuery'
import { scanSearch } from '../search/scanSearch'
import type { SearchBackend, SearchOptions, SearchPage } from '../search/types'

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
  log?: (message: string, error: unknown) => void
}

/**
 * The library's full-text index. Triggers keep it in step with every story in the story's own
 * transaction; only stories that were there before it existed (an upgraded library) or an index
 * found damaged need a build, which runs in the background while search scans the text.
 */
export interface SearchIndexStore extends SearchBackend {
  search(query: ParsedQuery, options?: SearchOptions): SearchPage
  /** Schedules the background build when the index is not complete (reads one row). */
  check(): void
  /** Completes the index now (the CLI); false when it could not be built. Never throws. */
  maintain(): boolean
  /** Stops scheduled work from touching the database after it is closed. */
  close(): void
}

// Stories indexed per write transaction of the background build: a step takes tens of
// milliseconds, so writers and readers wait no longer than that.
const STEP = 100

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
  let isScheduled = false
  let isBuilding = false
  let isClosed = false
  // Set when a build step failed: scheduled work does not retry it on every search.
  let hasFailed = false

  const step = (): boolean => writeTransaction(repos.db, () => index.buildStep(STEP))

  const maintain = (): boolean => {
    if (isClosed) return false
    try {
      while (step()) {
        /* one step per transaction, so a waiting writer gets in between */
      }
      return true
    } catch (error) {
      hasFailed = true
      log('the search index could not be built; searching the text instead', error)
      return false
    }
  }

  const buildInSteps = async (pause: () => Promise<void>): Promise<void> => {
    if (isBuilding) return
    isBuilding = true
    try {
      while (!isClosed && step()) {
        options.onProgress?.(index.buildState())
        await pause()
      }
      if (!isClosed) options.onProgress?.({ done: 1, total: 1 })
    } catch (error) {
      hasFailed = true
      log('the search index could not be built; searching the text instead', error)
    } finally {
      isBuilding = false
    }
  }

  const schedule = (): void => {
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

  const isComplete = (): boolean => {
    try {
      return index.isComplete()
    } catch (error) {
      log('the search index could not be checked', error)
      return false
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
    scanSearch(repos.stories.iterateIndexable(), query, searchOptions)

  return {
    search: (query, searchOptions) => {
      if (!isComplete()) {
        schedule()
        return scan(query, searchOptions)
      }
      try {
        return ftsSearch(index, repos.stories.lookup, query, searchOptions)
      } catch (error) {
        restart(error)
        return scan(query, searchOptions)
      }
    },
    check: () => {
      if (!isComplete()) schedule()
    },
    // Triggers on the stories table have already written these stories' index rows, in the
    // transaction that changed them.
    upsert: () => {},
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
