// The indexer thread: indexes a library's queued stories on its own database connection, so
// the thread that serves the reader never spends seconds indexing or merging segments. Each
// "index" message starts a pass unless one runs; a request during a pass runs one more.
import { parentPort, workerData } from 'node:worker_threads'
import { dirname } from 'node:path'
import { checkLibrary } from '../core/backup/libraryHealth'
import { drainSearchQueue } from '../core/library/drainSearchQueue'
import type { IndexerData, IndexerMessage, IndexerRequest } from './indexerProtocol'

const data = workerData as IndexerData
let isRunning = false
let isRequested = false
// Index requests received, and how many of them a finished pass has answered.
let received = 0

const post = (message: IndexerMessage): void => parentPort?.postMessage(message)

const pass = (): void => {
  isRunning = true
  let handled = received
  try {
    while (isRequested) {
      isRequested = false
      handled = received
      drainSearchQueue(data.file, {
        nativeBinding: data.nativeBinding,
        onProgress: (progress) => post({ type: 'progress', ...progress }),
      })
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  } finally {
    isRunning = false
    post({ type: 'idle', handled })
  }
}

// The check at start (SQLite's quick_check reads the whole file: most of a second at 10,000
// stories) runs here, off the thread that serves the reader.
const check = (): void => {
  try {
    post({ type: 'health', health: checkLibrary(dirname(data.file), data.nativeBinding) })
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}

parentPort?.on('message', (request: IndexerRequest) => {
  if (request === 'check') return check()
  received++
  isRequested = true
  if (!isRunning) pass()
})
