import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ImportProgress } from '../../shared/contract'
import type { ImportReport } from '../../shared/types'
import { LIBRARY_FILE } from '../core/library/openLibrary'
import type { Library } from '../core/library/types'
import type { ResplitJob, ResplitWorkerMessage } from './resplitProtocol'
import { workerScript } from './workerScript'

/** How a host re-splits on a re-split thread. */
export interface WorkerResplitOptions {
  onProgress?: (progress: ImportProgress) => void
  nativeBinding?: string
}

const runResplit = (
  script: string,
  job: ResplitJob,
  library: Pick<Library, 'refreshIndex'>,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job })
    let isSettled = false
    const settle = (outcome: () => void): void => {
      if (isSettled) return
      isSettled = true
      outcome()
    }
    worker.on('message', (message: ResplitWorkerMessage) => {
      // The page's stories are queued for the index in its commit: the host's indexer is asked
      // for them now, as the library's own re-split does, not after the last page.
      if (message.type === 'stored') library.refreshIndex()
      else if (message.type === 'progress') onProgress?.(message.progress)
      else if (message.type === 'done') settle(() => resolve(message.report))
      else settle(() => reject(new Error(message.message)))
    })
    worker.on('error', (error) => settle(() => reject(error)))
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the re-split thread stopped (exit code ${code})`))),
    )
    // A host that quits meanwhile (process.exit, app.quit) cuts it off safely: each page is its
    // own commit, so every page is left either as it was or re-split.
  })

/**
 * Splits every stored page again (see Library.resplitPages) on a re-split thread with its own
 * connection, so the thread that serves the reader keeps answering; without a worker script
 * (see workerScript), on this thread. Same report and progress as Library.resplitPages.
 */
export async function resplitInWorker(
  library: Pick<Library, 'dir' | 'resplitPages' | 'refreshIndex'>,
  options: WorkerResplitOptions = {},
): Promise<ImportReport> {
  const script = workerScript('resplitWorker')
  if (script === null) return library.resplitPages(options.onProgress)
  const job = { file: join(library.dir, LIBRARY_FILE), nativeBinding: options.nativeBinding }
  const report = await runResplit(script, job, library, options.onProgress)
  library.refreshIndex()
  return report
}
