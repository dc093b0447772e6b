import type { SearchHit } from '../../../shared/types'
import type { Repos } from '../db/createRepos'
import { scanSearch } from '../search/scanSearch'
import type { ParsedQuery } from '../search/parseQuery'
import type { SearchBackend, SearchIndex, SearchOptions } from '../search/types'
import {
  buildIndexSnapshot,
  buildIndexSnapshotInSteps,
  isStoredIndexCurrent,
  loadIndexSnapshot,
  storeIndexSnapshot,
  type IndexProgress,
  type IndexSnapshot,
} from './indexSnapshot'

/** How the store reaches the host: where to run deferred work, where to report problems. */
export interface SearchIndexStoreOptions {
  /** Runs maintain() later (setImmediate in a long-lived host); without it, nothing is scheduled. */
  schedule?: (task: () => void) => void
  /**
   * With it, scheduled rebuilds run in steps with a pause between them (a long-lived host
   * passes a macrotask), so the reader is served meanwhile and progress can be shown.
   */
  pause?: () => Promise<void>
  onProgress?: (progress: IndexProgress) => void
  log?: (message: string, error: unknown) => void
}

/**
 * The library's search index as a pure cache: used only while its generation is the
 * library's, otherwise search scans the stored text; rebuilt and stored only by maintain().
 */
export interface SearchIndexStore extends SearchBackend {
  /** Answers from the index when it is current, else by scanning every story. */
  search(query: ParsedQuery, options?: SearchOptions): SearchHit[]
  /** Schedules maintenance when the index is not current (cheap: reads no index text). */
  check(): void
  /** Loads or rebuilds the index when it is not current, and stores it; never throws. */
  maintain(): boolean
  /** Stops scheduled work from touching the database after it is closed. */
  close(): void
}

const warn = (message: string, error: unknown): void => {
  console.warn(`[inkstone] ${message}:`, error instanceof Error ? error.message : error)
}

/** The search index of one library connection; reads nothing at creation. */
export function searchIndexStore(
  repos: Repos,
  options: SearchIndexStoreOptions = {},
): SearchIndexStore {
  const log = options.log ?? warn
  let current: IndexSnapshot | null = null
  // The generation whose stored index failed to load: not tried again, rebuilt instead.
  let failedGeneration: number | null = null
  // The generation a rebuild failed at: scheduled work does not retry it on every search.
  let failedBuildGeneration: number | null = null
  let isScheduled = false
  let isClosed = false

  // Reading the generation is one tiny row; it catches our own commits as well as other
  // connections' (which data_version alone would not), so it is read on every search.
  const currentIndex = (): SearchIndex | null => {
    const generation = repos.searchIndex.libraryGeneration()
    if (current?.generation === generation) return current.index
    current = null
    if (failedGeneration === generation) return null
    try {
      current = loadIndexSnapshot(repos)
    } catch (error) {
      failedGeneration = generation
      log(
        'the stored search index could not be loaded; searching the text until it is rebuilt',
        error,
      )
    }
    return current?.index ?? null
  }

  const maintain = (): boolean => {
    if (isClosed) return false
    let generation: number | null = null
    try {
      if (currentIndex() !== null) return true
      generation = repos.searchIndex.libraryGeneration()
      keep(buildIndexSnapshot(repos))
      return true
    } catch (error) {
      failedBuildGeneration = generation
      log('the search index could not be rebuilt; searching the text instead', error)
      return false
    }
  }

  const keep = (built: IndexSnapshot): void => {
    current = built
    try {
      if (!storeIndexSnapshot(repos, built)) schedule()
    } catch (error) {
      // A full disk, a busy writer: the index still serves this connection from memory.
      log('the search index could not be stored', error)
    }
  }

  // The background rebuild: in steps, giving way to the reader between them. A library that
  // changed meanwhile makes the build worthless; it is started again from the new stories.
  let isRebuilding = false
  const maintainInSteps = async (pause: () => Promise<void>): Promise<void> => {
    if (isRebuilding || isClosed) return
    isRebuilding = true
    let generation: number | null = null
    try {
      if (currentIndex() !== null) return
      generation = repos.searchIndex.libraryGeneration()
      const built = await buildIndexSnapshotInSteps(repos, pause, options.onProgress)
      if (isClosed) return
      if (built === null) schedule()
      else keep(built)
    } catch (error) {
      failedBuildGeneration = generation
      log('the search index could not be rebuilt; searching the text instead', error)
    } finally {
      isRebuilding = false
    }
  }

  const schedule = (): void => {
    if (isScheduled || isClosed || options.schedule === undefined) return
    isScheduled = true
    // A task that throws would take down a host's event loop: this one never does.
    options.schedule(() => {
      isScheduled = false
      try {
        if (isClosed || failedBuildGeneration === repos.searchIndex.libraryGeneration()) return
      } catch (error) {
        log('the search index could not be checked', error)
        return
      }
      if (options.pause) void maintainInSteps(options.pause)
      else maintain()
    })
  }

  const isCurrent = (): boolean => {
    const generation = repos.searchIndex.libraryGeneration()
    if (current?.generation === generation) return true
    return failedGeneration !== generation && isStoredIndexCurrent(repos)
  }

  const check = (): void => {
    try {
      if (!isCurrent()) schedule()
    } catch (error) {
      log('the search index could not be checked', error)
      schedule()
    }
  }

  return {
    search: (query, searchOptions) => {
      let index: SearchIndex | null = null
      try {
        index = currentIndex()
      } catch (error) {
        log('the search index could not be checked', error)
      }
      if (index !== null) {
        try {
          return index.search(query, searchOptions)
        } catch (error) {
          log('the search index failed a query; searching the text instead', error)
        }
      }
      schedule()
      return scanSearch(repos.stories.iterateIndexable(), query, searchOptions)
    },
    check,
    // lunr cannot take or drop one story: the change has already moved the library's
    // generation (in its transaction), so the index is stale and is rebuilt in the background.
    upsert: (ids) => {
      if (ids.length > 0) check()
    },
    remove: (ids) => {
      if (ids.length > 0) check()
    },
    rebuild: () => {
      if (isClosed) return
      try {
        keep(buildIndexSnapshot(repos))
      } catch (error) {
        log('the search index could not be rebuilt; searching the text instead', error)
      }
    },
    maintain,
    close: () => {
      isClosed = true
      current = null
    },
  }
}
