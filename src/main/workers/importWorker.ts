// An import thread: imports its share of a folder's files on its own database connection and
// reports each page as it is done. Several run side by side; the host merges their reports.
import { parentPort, workerData } from 'node:worker_threads'
import { importFilesOn } from '../core/import/importFilesOn'
import { sharedTurn } from '../core/import/importTurn'
import type { ImportJob, ImportWorkerMessage } from './importProtocol'

const job = workerData as ImportJob
const post = (message: ImportWorkerMessage): void => {
  if (job.reply === undefined) return void parentPort?.postMessage(message)
  job.reply.port.postMessage(message)
  const signal = new Int32Array(job.reply.signal)
  Atomics.add(signal, 0, 1)
  Atomics.notify(signal, 0)
}

try {
  const result = importFilesOn(job.file, job.pages, {
    nativeBinding: job.nativeBinding,
    encoding: job.encoding,
    onProgress: (progress) => post({ type: 'page', path: progress.path }),
    turn: sharedTurn(job.turn),
  })
  post({ type: 'done', result })
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
}
