import { resolve } from 'node:path'
import { restoreBackup } from '../backup/restoreBackup'
import { writeBackup } from '../backup/writeBackup'
import type { LibraryContext } from './LibraryContext'
import type { BackupApi } from './types'

/** Backing the library up to one file, and restoring such a file (core/backup). */
export function backupOps(
  context: LibraryContext,
  options: { dir: string; nativeBinding?: string },
): BackupApi {
  return {
    backup: (out) => writeBackup(context.db, resolve(out)),
    restore: (file, mode) => {
      const report = restoreBackup({ ...context, ...options }, file, mode)
      // The stories' triggers queued what changed; the host's indexer is asked to index it.
      if (mode !== 'dryRun') context.index.check()
      return report
    },
  }
}
