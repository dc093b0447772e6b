import type { ImportProgress } from '../../../shared/contract'
import { createRepos } from '../db/createRepos'
import { openDatabase } from '../db/openDatabase'
import type { FileCandidate } from './collectFiles'
import { importBatch, type BatchResult } from './importBatch'
import type { ImportTurn } from './importTurn'
import { readDocument, uploadDocument } from './readDocument'

/** A page an import thread is given: a file on disk or an upload's bytes, and its place. */
export type JobPage = { order: number } & (
  FileCandidate | { upload: { name: string; bytes: Uint8Array } }
)

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
  pages: JobPage[],
  options: ImportFilesOptions = {},
): BatchResult {
  const db = openDatabase(file, { nativeBinding: options.nativeBinding })
  try {
    const pending = pages.map((page) =>
      'upload' in page
        ? { path: page.upload.name, order: page.order, read: () => uploadDocument(page.upload) }
        : { path: page.path, order: page.order, read: () => readDocument(page.path, page.format) },
    )
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
