// A re-split thread: splits every stored page again on its own database connection, so the
// thread that serves the reader keeps answering through the many seconds it takes at 10,000
// stories. Each page is its own commit, as on the library's connection.
import { parentPort, workerData } from 'node:worker_threads'
import { resplitPagesOn } from '../core/library/resplitPagesOn'
import type { ResplitJob, ResplitWorkerMessage } from './resplitProtocol'

const job = workerData as ResplitJob
const post = (message: ResplitWorkerMessage): void => parentPort?.postMessage(message)

try {
  const report = resplitPagesOn(job.file, {
    nativeBinding: job.nativeBinding,
    onStored: () => post({ type: 'stored' }),
    onProgress: (progress) => post({ type: 'progress', progress }),
  })
  post({ type: 'done', report })
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
}
