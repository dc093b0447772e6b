import type { ImportProgress } from '../../shared/contract'
import type { ImportReport } from '../../shared/types'

/** A re-split thread's work: every stored page of the library database `file`. */
export interface ResplitJob {
  file: string
  nativeBinding?: string
}

/** What a re-split thread reports: each page as it is done, then the report. */
export type ResplitWorkerMessage =
  | { type: 'stored' }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'error'; message: string }
