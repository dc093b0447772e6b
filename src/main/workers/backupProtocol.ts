import type { BackupSummary } from '../../shared/exports'
import type { ThreadFailure } from './threadError'

/** One backup thread's work: copy the library database `file` to `out`. */
export interface BackupJob {
  file: string
  out: string
  nativeBinding?: string
}

/** What a backup thread reports: the summary, or the error the synchronous backup would throw. */
export type BackupWorkerMessage = { type: 'done'; summary: BackupSummary } | ThreadFailure
