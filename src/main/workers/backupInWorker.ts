import { join, resolve } from 'node:path'
import type { BackupSummary } from '../../shared/exports'
import type { DailyBackupTarget } from '../core/backup/dailyBackup'
import { LIBRARY_FILE } from '../core/library/openLibrary'
import type { Library } from '../core/library/types'
import type { BackupJob, BackupWorkerMessage } from './backupProtocol'
import { runOnceOnThread } from './threadError'
import { workerScript } from './workerScript'

type BackupDone = Extract<BackupWorkerMessage, { type: 'done' }>

/** How a host backs up on a backup thread. */
export interface WorkerBackupOptions {
  nativeBinding?: string
}

// Not unreferenced, unlike the indexer: a caller awaiting the backup is kept alive until it is
// written. The hosts quit with process.exit or app.quit, which do not wait for it: the copy is
// renamed into place only when finished, so a cut-off one leaves no backup file (at most its
// hidden temporary copy).
const runBackup = (script: string, job: BackupJob): Promise<BackupSummary> =>
  runOnceOnThread(script, job, 'the backup thread', (done: BackupDone) => done.summary)

/**
 * Writes a backup of the library to `out` on a backup thread with its own read connection (see
 * backupLibraryFile), so the thread that serves the reader keeps answering; without a worker
 * script (see workerScript), on this thread. Same summary and errors as Library.backup.
 */
export async function backupInWorker(
  library: Pick<Library, 'dir' | 'backup'>,
  out: string,
  options: WorkerBackupOptions = {},
): Promise<BackupSummary> {
  const script = workerScript('backupWorker')
  if (script === null) return library.backup(out)
  const file = join(library.dir, LIBRARY_FILE)
  return runBackup(script, { file, out: resolve(out), nativeBinding: options.nativeBinding })
}

/** A library whose daily backups (see startDailyBackups) are written on a backup thread. */
export const backupsInWorker = (
  library: Library,
  options: WorkerBackupOptions = {},
): DailyBackupTarget => ({
  dir: library.dir,
  listSources: () => library.listSources(),
  backup: (out) => backupInWorker(library, out, options),
})
