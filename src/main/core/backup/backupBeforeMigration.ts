import type { Database } from 'better-sqlite3'
import { MIGRATIONS } from '../db/migrations'
import { backupsDir, migrationBackupName, uniquePath } from './backupNames'
import { holdsData } from './derivedTables'
import { rotateBackups } from './rotateBackups'
import { writeBackup } from './writeBackup'

/**
 * openDatabase's hook for a library folder: before a migration changes a library that holds
 * data, copies the file exactly as it was into its backups folder (keeping the last 7 such
 * copies). A copy that cannot be written fails the open: no migration runs without one.
 */
export function backupBeforeMigration(libraryDir: string, now: () => Date): (db: Database) => void {
  return (db) => {
    const from = db.pragma('user_version', { simple: true }) as number
    const to = MIGRATIONS.length
    // A new file (0) has nothing to lose; a newer one is refused by runMigrations itself.
    if (from === 0 || from >= to || !holdsData(db)) return
    const folder = backupsDir(libraryDir)
    try {
      writeBackup(db, uniquePath(folder, migrationBackupName(from, to, now())), {
        isExactCopy: true,
      })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new Error(
        `the library was not upgraded: its backup before the upgrade could not be written to ${folder}: ${message}`,
        { cause: error },
      )
    }
    rotateBackups(folder, 'before-migration')
  }
}
