import { join } from 'node:path'
import type { ImportProgress } from '../../shared/contract'
import type { ImportReport } from '../../shared/types'
import { LIBRARY_FILE } from '../core/library/openLibrary'
import type { Library } from '../core/library/types'
import type { ResplitJob, ResplitWorkerMessage } from './resplitProtocol'
import { runWorkerJob } from './runWorkerJob'
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
  // A host that quits meanwhile (process.exit, app.quit) cuts it off safely: each page is its
  // own commit, so every page is left either as it was or re-split.
  runWorkerJob<ResplitWorkerMessage, ImportReport>(
    script,
    job,
    'the re-split thread',
    (message, outcome) => {
      // The page's stories are queued for the index in its commit: the host's indexer is asked
      // for them now, as the library's own re-split does, not after the last page.
      if (message.type === 'stored') library.refreshIndex()
      else if (message.type === 'progress') onProgress?.(message.progress)
      else if (message.type === 'done') outcome.resolve(message.report)
      else outcome.reject(new Error(message.message))
    },
  )

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
