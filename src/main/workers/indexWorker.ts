// The indexer thread: indexes a library's queued stories on its own database connection, so
// the thread that serves the reader never spends seconds in FTS5 after an import. Each
// "index" message starts a pass unless one runs; a request during a pass runs one more.
import { parentPort, workerData } from 'node:worker_threads'
import { drainSearchQueue } from '../core/library/drainSearchQueue'
import type { IndexerData, IndexerMessage } from './indexerProtocol'

const data = workerData as IndexerData
let isRunning = false
let isRequested = false

const post = (message: IndexerMessage): void => parentPort?.postMessage(message)

const pass = (): void => {
  isRunning = true
  try {
    while (isRequested) {
      isRequested = false
      drainSearchQueue(data.file, {
        nativeBinding: data.nativeBinding,
        onProgress: (progress) => post({ type: 'progress', ...progress }),
      })
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  } finally {
    isRunning = false
  }
}

parentPort?.on('message', () => {
  isRequested = true
  if (!isRunning) pass()
})
