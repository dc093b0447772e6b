import type { BackupSummary } from '../../../shared/exports'
import { openDatabase } from '../db/openDatabase'
import { writeBackup } from './writeBackup'

/**
 * Backs a library database file up to `out` on a connection of its own (a backup thread's), as
 * Library.backup does on the library's: VACUUM INTO reads one snapshot, and WAL lets the
 * connection that serves the reader go on reading and writing meanwhile.
 */
export function backupLibraryFile(
  file: string,
  out: string,
  options: { nativeBinding?: string } = {},
): BackupSummary {
  const db = openDatabase(file, { nativeBinding: options.nativeBinding })
  try {
    return writeBackup(db, out)
  } finally {
    db.close()
  }
}
