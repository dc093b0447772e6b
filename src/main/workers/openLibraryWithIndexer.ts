import { join } from 'node:path'
import type { LibraryHealth } from '../../shared/health'
import { checkLibrary } from '../core/backup/libraryHealth'
import { LIBRARY_FILE, openLibrary, type LibraryDeps } from '../core/library/openLibrary'
import type { Library } from '../core/library/types'
import { startIndexer, type Indexer } from './startIndexer'

/** A host's library and the indexer thread that keeps its search index. */
export interface IndexedLibrary {
  library: Library
  /** Null when no worker script was found: the library then indexes on this thread, in steps. */
  indexer: Indexer | null
}

// How long after opening the file's check waits (see openLibraryWithIndexer).
const CHECK_DELAY_MS = 1_000

/**
 * Opens the library for a long-lived host (the desktop app, web mode): queued stories are
 * indexed on a worker thread with its own connection, so the thread that serves the reader
 * stays free; without the worker's script, between requests on this thread.
 */
export function openLibraryWithIndexer(
  libraryDir: string,
  onProgress: (progress: { done: number; total: number }) => void,
  deps: LibraryDeps = {},
  onHealth: (health: LibraryHealth) => void = () => {},
): IndexedLibrary {
  const indexer = startIndexer(
    { file: join(libraryDir, LIBRARY_FILE), nativeBinding: deps.nativeBinding },
    {
      onProgress,
      onHealth,
      onError: (message) => console.error('[inkstone] indexer:', message),
    },
  )
  const library = openLibrary(libraryDir, {
    ...deps,
    ...(indexer === null
      ? {
          scheduleMaintenance: (task) => setImmediate(task),
          pauseMaintenance: () => new Promise((resolve) => setImmediate(resolve)),
          onIndexProgress: onProgress,
        }
      : { requestIndexing: indexer.request }),
  })
  // The first screen's reads, done once while the window or tab is still loading its script:
  // the first query of each kind prepares its statements and warms the JIT and SQLite's page
  // cache (130 ms for the first request against 5 ms after, measured at 10,000 stories).
  setImmediate(() => warmFirstScreen(library))
  // The file's check at start reads all of it (most of a second at 10,000 stories): on the
  // indexer thread, once the first screen has had its answers. Begun at once, it took the
  // processor and the disk from them: the first rows just after a start came ~15 % later
  // (median of 10 starts each, A/B). A damaged file accepts writes until the check ends either
  // way; this adds CHECK_DELAY_MS to that.
  if (indexer !== null) setTimeout(() => indexer.check(), CHECK_DELAY_MS).unref()
  else setImmediate(() => onHealth(checkLibrary(libraryDir, deps.nativeBinding)))
  return { library, indexer }
}

const FIRST_SCREEN_ROWS = 60

/** Reads what the reader asks for first and forgets it; never throws. */
function warmFirstScreen(library: Library): void {
  try {
    library.getSettings()
    library.listSources()
    library.listTags()
    library.listCollections()
    library.storySummaries(library.listStoryIds({}).slice(0, FIRST_SCREEN_ROWS))
  } catch {
    // A library that cannot be read says so to the first real request, in its own words.
  }
}
