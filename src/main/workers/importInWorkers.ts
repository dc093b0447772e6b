import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import type { ImportProgress } from '../../shared/contract'
import { addImportReport, emptyImportReport } from '../../shared/importReport'
import type { ImportReport } from '../../shared/types'
import { collectFiles, type FileCandidate } from '../core/import/collectFiles'
import { requireEncoding } from '../core/import/requireEncoding'
import { LIBRARY_FILE } from '../core/library/openLibrary'
import type { FileUpload, Library } from '../core/library/types'
import type { ImportJob, ImportWorkerMessage } from './importProtocol'
import { runWorkerJob } from './runWorkerJob'
import { workerScript } from './workerScript'

/** How a host imports files on import threads. */
export interface WorkerImportOptions {
  encoding?: string
  onProgress?: (progress: ImportProgress) => void
  /** Threads to use; one per core (at most four) unless given. */
  threads?: number
  /** Uploads smaller in all than this import on the calling thread (THREADS_FROM_BYTES). */
  threadsFromBytes?: number
  nativeBinding?: string
}

// Pages in one chunk at most: a chunk's stories are one segment of the index, so larger chunks
// leave fewer segments to merge after the import (48 pages: 4.3 s of merging at 10,000
// stories against 6-7 s with 16) but hold the write lock longer (about 100 ms at 32) and keep
// more split pages in memory.
const MAX_CHUNK = 32
// Imports smaller than this run on the calling thread: starting an import thread (its script,
// SQLite, the tokenizer's tables) costs more than splitting a few small pages, and the reader's
// uploads come one file a request.
export const THREADS_FROM_BYTES = 1024 * 1024

const runJob = (
  script: string,
  job: ImportJob,
  onPage: (path: string) => void,
): Promise<ImportReport> =>
  runWorkerJob<ImportWorkerMessage, ImportReport>(
    script,
    job,
    'an import thread',
    (message, outcome) => {
      if (message.type === 'page') onPage(message.path)
      else if (message.type === 'done') outcome.resolve(message.result.report)
      else outcome.reject(new Error(message.message))
    },
  )

/** A page for an import thread: a file, or an upload's bytes. */
export type Page = FileCandidate | { upload: FileUpload }

/** The files' bytes in all; a file that cannot be looked at counts as large (a thread reads it). */
export const sizeOf = (files: FileCandidate[]): number =>
  files.reduce((sum, file) => {
    try {
      return sum + statSync(file.path).size
    } catch {
      return sum + THREADS_FROM_BYTES
    }
  }, 0)

/** The import threads' jobs: one a thread, one per core (at most four) unless told. */
export function importJobs(
  library: Library,
  pages: Page[],
  encoding: string | undefined,
  threadCount?: number,
): ImportJob[] {
  const threads = Math.max(
    1,
    Math.min(threadCount ?? Math.min(availableParallelism(), 4), pages.length),
  )
  // Pages go to the threads in chunks of consecutive pages, each stored in one transaction;
  // the chunks go to the threads in turn, so each thread's pages are in listed order too.
  const size = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(pages.length / (threads * 4))))
  const turn = new SharedArrayBuffer(4)
  return Array.from({ length: threads }, (_, thread) => ({
    file: join(library.dir, LIBRARY_FILE),
    pages: pages.flatMap((page, at) => {
      const order = Math.floor(at / size)
      return order % threads === thread ? [{ ...page, order }] : []
    }),
    encoding,
    turn,
  }))
}

/**
 * Imports pages on import threads, each with its own connection to the library: reading,
 * decoding, splitting and tokenizing run side by side while chunks of pages are stored and
 * indexed one at a time in the order listed; the thread that called stays free (it serves the
 * reader).
 */
async function importOnThreads(
  script: string,
  library: Library,
  pages: Page[],
  skipped: ImportReport['skipped'],
  options: WorkerImportOptions,
): Promise<ImportReport> {
  const encoding = requireEncoding(options.encoding)
  const jobs = importJobs(library, pages, encoding, options.threads)
  let done = 0
  const onPage = (path: string): void =>
    options.onProgress?.({ done: ++done, total: pages.length, path })
  const reports = await Promise.all(jobs.map((job) => runJob(script, job, onPage)))
  const report: ImportReport = { ...emptyImportReport(), skipped }
  for (const part of reports) addImportReport(report, part)
  // The indexer thread merges what the import threads indexed (and indexes anything queued).
  library.refreshIndex()
  return report
}

/**
 * Imports files and folders on import threads (see importOnThreads) once they come to a
 * megabyte or more; smaller imports, or without a worker script (see workerScript), on this
 * thread.
 */
export async function importInWorkers(
  library: Library,
  paths: string[],
  options: WorkerImportOptions = {},
): Promise<ImportReport> {
  const script = workerScript('importWorker')
  if (script === null) return library.importPaths(paths, options)
  const { files, skipped } = collectFiles(paths)
  if (sizeOf(files) < (options.threadsFromBytes ?? THREADS_FROM_BYTES)) {
    return library.importPaths(paths, options)
  }
  return importOnThreads(script, library, files, skipped, options)
}

/**
 * Imports uploaded pages (web mode, drag and drop) on import threads, their bytes copied to
 * the threads, once they come to a megabyte or more; smaller uploads, or without a worker
 * script, on this thread.
 */
export async function importUploadsInWorkers(
  library: Library,
  uploads: FileUpload[],
  options: WorkerImportOptions = {},
): Promise<ImportReport> {
  const script = workerScript('importWorker')
  const bytes = uploads.reduce((sum, upload) => sum + upload.bytes.length, 0)
  const threadsFrom = options.threadsFromBytes ?? THREADS_FROM_BYTES
  if (script === null || bytes < threadsFrom) return library.importUploads(uploads, options)
  const pages = uploads.map((upload) => ({ upload }))
  return importOnThreads(script, library, pages, [], options)
}
