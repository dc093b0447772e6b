import type { BackupSummary } from '../../shared/exports'
import type { ErrorDetail } from '../../shared/messages'

/** One backup thread's work: copy the library database `file` to `out`. */
export interface BackupJob {
  file: string
  out: string
  nativeBinding?: string
}

/**
 * What a backup thread reports. A failure keeps what the host's error mapping reads (the name,
 * a `code` such as LibraryError's or Node's, the detail), so the reader sees the same error the
 * synchronous backup would have given.
 */
export type BackupWorkerMessage =
  | { type: 'done'; summary: BackupSummary }
  | { type: 'error'; name: string; message: string; code?: string; detail?: ErrorDetail }
