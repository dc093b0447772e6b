// A restore thread: checks, merges or replaces from one backup on its own database connection,
// so the thread that serves the reader keeps answering through the seconds a replace of 10,000
// stories takes (its safety backup, then one transaction).
import { parentPort, workerData } from 'node:worker_threads'
import { restoreLibraryFile } from '../core/backup/restoreLibraryFile'
import type { RestoreJob, RestoreWorkerMessage } from './restoreProtocol'
import { failureOf } from './threadError'

const job = workerData as RestoreJob
const post = (message: RestoreWorkerMessage): void => parentPort?.postMessage(message)

try {
  post({ type: 'done', report: restoreLibraryFile(job.target, job.backup, job.mode) })
} catch (error) {
  post(failureOf(error))
}
