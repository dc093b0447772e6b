// A backup thread: writes one backup of the library on its own database connection, so the
// thread that serves the reader keeps answering while VACUUM INTO copies hundreds of megabytes.
import { parentPort, workerData } from 'node:worker_threads'
import { backupLibraryFile } from '../core/backup/backupLibraryFile'
import { failureOf } from './threadError'
import type { BackupJob, BackupWorkerMessage } from './backupProtocol'

const job = workerData as BackupJob
const post = (message: BackupWorkerMessage): void => parentPort?.postMessage(message)

try {
  post({ type: 'done', summary: backupLibraryFile(job.file, job.out, job) })
} catch (error) {
  post(failureOf(error))
}
