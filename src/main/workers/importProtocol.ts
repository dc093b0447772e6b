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
}

/** What an import thread reports. */
export type ImportWorkerMessage =
  | { type: 'page'; path: string }
  | { type: 'done'; result: BatchResult }
  | { type: 'error'; message: string }
