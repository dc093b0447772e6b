import type { ImportProgress } from '../../../shared/contract'
import { createRepos } from '../db/createRepos'
import { openDatabase } from '../db/openDatabase'
import type { FileCandidate } from './collectFiles'
import { importBatch, type BatchResult } from './importBatch'
import type { ImportTurn } from './importTurn'
import { readDocument } from './readDocument'

/** How a worker thread imports its share of the files. */
export interface ImportFilesOptions {
  nativeBinding?: string
  /** A normalised encoding label overriding detection (see normalizeEncoding). */
  encoding?: string
  now?: () => Date
  onProgress?: (progress: ImportProgress) => void
  /** Shared with the other import threads, so pages are stored in their listed order. */
  turn?: ImportTurn
}

/**
 * Imports files into the library database `file` on a connection of its own: what each import
 * worker runs, several side by side (each page in its own IMMEDIATE transaction, so workers
 * take turns only to store; reading, decoding and splitting run in parallel).
 */
export function importFilesOn(
  file: string,
  files: Array<FileCandidate & { order: number }>,
  options: ImportFilesOptions = {},
): BatchResult {
  const db = openDatabase(file, { nativeBinding: options.nativeBinding })
  try {
    const pending = files.map(({ path, format, order }) => ({
      path,
      order,
      read: () => readDocument(path, format),
    }))
    // An import thread indexes its own pages as it stores them: the index never lags the import.
    const context = {
      repos: createRepos(db),
      now: options.now ?? (() => new Date()),
      isIndexedNow: true,
    }
    return importBatch(
      options.encoding === undefined ? context : { ...context, encoding: options.encoding },
      pending,
      { skipped: [] },
      options.onProgress,
      options.turn,
    )
  } finally {
    db.close()
  }
}
