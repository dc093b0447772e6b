import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { addImportReport, emptyImportReport } from '../../shared/importReport'
import type { ImportReport } from '../../shared/types'
import { collectFiles } from '../core/import/collectFiles'
import { requireEncoding } from '../core/import/requireEncoding'
import type { ImportOptions, Library } from '../core/library/types'
import { importJobs, sizeOf, THREADS_FROM_BYTES, type Page } from './importInWorkers'
import type { ImportWorkerMessage } from './importProtocol'
import { workerScript } from './workerScript'

// A thread that says nothing for this long has died without a word (a thread that fails says
// so): the import stops waiting rather than hang. Each page reports as it is stored.
const SILENCE_LIMIT_MS = 10 * 60_000
const WAIT_STEP_MS = 1000

interface Thread {
  worker: Worker
  port: MessagePort
  report: ImportReport | null
  error: string | null
}

/** How the CLI imports on threads; the thread count and threshold are there for tests. */
export interface ThreadImportOptions extends ImportOptions {
  /** Threads to use; one per core (at most four) unless given. */
  threads?: number
  /** Imports smaller in all than this run on the calling thread (THREADS_FROM_BYTES). */
  threadsFromBytes?: number
}

/**
 * Imports pages on import threads while this thread waits for them without its event loop
 * (Atomics.wait, then receiveMessageOnPort): the CLI is synchronous from end to end, and its
 * large imports split and store on two threads or more as the app's do.
 */
function importOnThreadsSync(
  script: string,
  library: Library,
  pages: Page[],
  skipped: ImportReport['skipped'],
  options: ThreadImportOptions,
): ImportReport {
  const encoding = requireEncoding(options.encoding)
  const signal = new Int32Array(new SharedArrayBuffer(4))
  const threads: Thread[] = importJobs(library, pages, encoding, options.threads).map((job) => {
    const { port1, port2 } = new MessageChannel()
    const worker = new Worker(script, {
      workerData: { ...job, reply: { port: port2, signal: signal.buffer } },
      transferList: [port2],
    })
    // The threads end on their own once they have reported; none keeps the CLI alive.
    worker.unref()
    return { worker, port: port1, report: null, error: null }
  })
  let done = 0
  const take = (thread: Thread, message: ImportWorkerMessage): void => {
    if (message.type === 'page') {
      options.onProgress?.({ done: ++done, total: pages.length, path: message.path })
    } else if (message.type === 'done') thread.report = message.result.report
    else thread.error = message.message
  }
  // Takes every message a thread has posted so far, without waiting.
  const drain = (thread: Thread): void => {
    for (let got = receiveMessageOnPort(thread.port); got; got = receiveMessageOnPort(thread.port))
      take(thread, got.message as ImportWorkerMessage)
  }
  try {
    let seen = 0
    let heardAt = Date.now()
    const isFailed = () => threads.some((thread) => thread.error !== null)
    while (!isFailed() && threads.some((thread) => thread.report === null)) {
      Atomics.wait(signal, 0, seen, WAIT_STEP_MS)
      const now = Atomics.load(signal, 0)
      if (now !== seen) heardAt = Date.now()
      seen = now
      threads.forEach(drain)
      if (Date.now() - heardAt > SILENCE_LIMIT_MS) {
        for (const thread of threads) void thread.worker.terminate()
        throw new Error('an import thread stopped answering; the pages stored so far are kept')
      }
    }
    const failed = threads.find((thread) => thread.error !== null)
    if (failed) {
      // The others would wait for the failed thread's turn: each page stored so far is kept.
      for (const thread of threads) void thread.worker.terminate()
      throw new Error(failed.error!)
    }
  } finally {
    for (const thread of threads) thread.port.close()
  }
  const report: ImportReport = { ...emptyImportReport(), skipped }
  for (const thread of threads) addImportReport(report, thread.report!)
  return report
}

/**
 * Imports files and folders as library.importPaths does, on import threads once they come to a
 * megabyte or more (see importInWorkers), waiting for them on this thread; smaller imports, or
 * without a worker script, on this thread. For hosts without an event loop to spare (the CLI).
 */
export function importPathsOnThreadsSync(
  library: Library,
  paths: string[],
  options: ThreadImportOptions = {},
): ImportReport {
  const script = workerScript('importWorker')
  if (script === null) return library.importPaths(paths, options)
  const { files, skipped } = collectFiles(paths)
  if (sizeOf(files) < (options.threadsFromBytes ?? THREADS_FROM_BYTES))
    return library.importPaths(paths, options)
  return importOnThreadsSync(script, library, files, skipped, options)
}
