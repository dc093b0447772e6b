import type { MessagePort } from 'node:worker_threads'
import type { BatchResult } from '../core/import/importBatch'
import type { JobPage } from '../core/import/importFilesOn'

/** One import thread's share of the work. */
export interface ImportJob {
  file: string
  pages: JobPage[]
  /**
   * The shared turn (see ImportTurn): one Int32, the order of the next chunk to store (pages
   * with the same order form a chunk, stored in one transaction).
   */
  turn: SharedArrayBuffer
  /** A normalised encoding label overriding detection. */
  encoding?: string
  nativeBinding?: string
  /**
   * Where to report instead of the parent port, for a host that waits without an event loop
   * (the CLI): each message is posted here and then counted in `signal`'s one Int32, which the
   * host waits on (Atomics.wait) before taking the messages with receiveMessageOnPort.
   */
  reply?: { port: MessagePort; signal: SharedArrayBuffer }
}

/** What an import thread reports. */
export type ImportWorkerMessage =
  | { type: 'page'; path: string }
  | { type: 'done'; result: BatchResult }
  | { type: 'error'; message: string }
