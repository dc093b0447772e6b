import type { RestoreMode, RestoreReport } from '../../../shared/exports'
import { createRepos } from '../db/createRepos'
import { openDatabase } from '../db/openDatabase'
import { restoreBackup } from './restoreBackup'

/** Where to restore: the library's database file and its folder (for the safety backups). */
export interface RestoreFileTarget {
  file: string
  dir: string
  nativeBinding?: string
}

/**
 * Restores the backup `backup` into the library database file on a connection of its own (a
 * restore thread's), as Library.restore does on the library's: the same checks, one
 * transaction, and for a replace the same safety backup, which already allows for another
 * connection committing meanwhile (see replaceLibrary). The stories' triggers queue what
 * changed for the index; the host then asks its indexer for it.
 */
export function restoreLibraryFile(
  target: RestoreFileTarget,
  backup: string,
  mode: RestoreMode,
): RestoreReport {
  const db = openDatabase(target.file, { nativeBinding: target.nativeBinding })
  try {
    const context = { db, repos: createRepos(db), now: () => new Date() }
    return restoreBackup(
      { ...context, dir: target.dir, nativeBinding: target.nativeBinding },
      backup,
      mode,
    )
  } finally {
    db.close()
  }
}
