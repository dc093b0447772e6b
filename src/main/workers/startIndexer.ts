import { Worker } from 'node:worker_threads'
import type { LibraryHealth } from '../../shared/health'
import type { IndexerData, IndexerMessage, IndexerRequest } from './indexerProtocol'
import { workerScript } from './workerScript'

/** The indexer thread as its host sees it. */
export interface Indexer {
  /** Asks for the queue to be indexed (cheap; passes never overlap). */
  request(): void
  /** Asks the thread to check the database file; the answer comes as onHealth. */
  check(): void
  /** Resolves once every request made so far has been worked off (indexed and merged). */
  whenIdle(): Promise<void>
  close(): Promise<void>
}

/** What the host hears from the indexer. */
export interface IndexerEvents {
  onProgress?: (progress: { done: number; total: number }) => void
  onError?: (message: string) => void
  onHealth?: (health: LibraryHealth) => void
}

/**
 * Starts the indexer thread for a library's database file; null when no worker script is
 * there (the host then indexes on its own thread, in steps).
 */
export function startIndexer(data: IndexerData, events: IndexerEvents = {}): Indexer | null {
  const script = workerScript('indexWorker')
  if (script === null) return null
  const worker = new Worker(script, { workerData: data })
  let sent = 0
  let handled = 0
  let waiting: Array<{ upTo: number; resolve: () => void }> = []
  const settle = (): void => {
    waiting.filter((wait) => wait.upTo <= handled).forEach((wait) => wait.resolve())
    waiting = waiting.filter((wait) => wait.upTo > handled)
  }
  worker.on('message', (message: IndexerMessage) => {
    if (message.type === 'idle') {
      handled = Math.max(handled, message.handled)
      settle()
    } else if (message.type === 'progress') events.onProgress?.(message)
    else if (message.type === 'health') events.onHealth?.(message.health)
    else events.onError?.(message.message)
  })
  worker.on('error', (error) => events.onError?.(error.message))
  // The thread must never keep a quitting host alive.
  worker.unref()
  return {
    request: () => {
      sent++
      worker.postMessage('index' satisfies IndexerRequest)
    },
    whenIdle: () =>
      new Promise<void>((resolve) => {
        waiting.push({ upTo: sent, resolve })
        settle()
      }),
    check: () => worker.postMessage('check' satisfies IndexerRequest),
    close: async () => {
      await worker.terminate()
    },
  }
}
