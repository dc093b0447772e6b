import { createRepos } from '../db/createRepos'
import { openDatabase } from '../db/openDatabase'
import { writeTransaction } from '../db/writeTransaction'
import type { IndexProgress } from './searchIndexStore'

/** How a separate thread indexes a library's queued stories. */
export interface DrainOptions {
  nativeBinding?: string
  /** Stories per write transaction: larger is faster, smaller lets other writers in sooner. */
  step?: number
  onProgress?: (progress: IndexProgress) => void
}

// A step of 200 stories takes a few hundred milliseconds: the longest another writer (an edit
// in the reader) waits for the lock, well inside the busy timeout. A merge step reads and
// merges without the lock and holds it only to store the merged segment.
const STEP = 200
// Merging ends on its own; this only bounds a pass over a damaged index.
const MAX_MERGE_STEPS = 100_000

/**
 * Indexes every queued story of the library database `file` on its own connection (the
 * indexer thread's), one write transaction per step; returns the number of steps taken. The
 * queue may grow meanwhile: it stops only when the queue is empty.
 */
export function drainSearchQueue(file: string, options: DrainOptions = {}): number {
  const db = openDatabase(file, { nativeBinding: options.nativeBinding })
  try {
    const index = createRepos(db).searchIndex
    let steps = 0
    while (writeTransaction(db, () => index.indexQueued(options.step ?? STEP))) {
      steps++
      options.onProgress?.(index.buildState())
    }
    if (steps > 0) options.onProgress?.({ done: 1, total: 1 })
    // Segments are merged after the queue, and also when nothing was queued: an import thread
    // that indexed its own pages leaves many small segments. With nothing to merge, the first
    // step does nothing and ends it.
    for (let merged = 0; merged < MAX_MERGE_STEPS; merged++) {
      if (!index.mergeStep()) break
    }
    return steps
  } finally {
    db.close()
  }
}
