import type { RestoreMode, RestoreReport } from '../../shared/exports'
import type { RestoreFileTarget } from '../core/backup/restoreLibraryFile'
import type { ThreadFailure } from './threadError'

/** One restore thread's work: the backup file `backup` into the library, by `mode`. */
export interface RestoreJob {
  target: RestoreFileTarget
  backup: string
  mode: RestoreMode
}

/** What a restore thread reports: the report, or the error the library's restore would throw. */
export type RestoreWorkerMessage = { type: 'done'; report: RestoreReport } | ThreadFailure
