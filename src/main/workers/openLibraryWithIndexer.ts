import { join } from 'node:path'
import { LIBRARY_FILE, openLibrary, type LibraryDeps } from '../core/library/openLibrary'
import type { Library } from '../core/library/types'
import { startIndexer, type Indexer } from './startIndexer'

/** A host's library and the indexer thread that keeps its search index. */
export interface IndexedLibrary {
  library: Library
  /** Null when no worker script was found: the library then indexes on this thread, in steps. */
  indexer: Indexer | null
}

/**
 * Opens the library for a long-lived host (the desktop app, web mode): queued stories are
 * indexed on a worker thread with its own connection, so the thread that serves the reader
 * stays free; without the worker's script, between requests on this thread.
 */
export function openLibraryWithIndexer(
  libraryDir: string,
  onProgress: (progress: { done: number; total: number }) => void,
  deps: LibraryDeps = {},
): IndexedLibrary {
  const indexer = startIndexer(
    { file: join(libraryDir, LIBRARY_FILE), nativeBinding: deps.nativeBinding },
    { onProgress, onError: (message) => console.error('[inkstone] indexer:', message) },
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
  return { library, indexer }
}
