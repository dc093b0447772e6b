import type { Database } from 'better-sqlite3'
import type { RestoreMode, RestoreReport } from '../../../shared/exports'
import type { StoreContext } from '../db/StoreContext'
import { writeTransaction } from '../db/writeTransaction'
import { backupsDir } from './backupNames'
import { columnsOf, userTablesOf } from './derivedTables'
import { mergeBackup, type RestoreCountsByKind } from './mergeBackup'
import { openBackup, refusal } from './openBackup'
import { replaceLibrary } from './replaceLibrary'
import { BACKUP } from './restoreSql'

/** What restoring needs: the library's connection and clock, its folder, the addon to open copies. */
export interface RestoreTarget extends StoreContext {
  dir: string
  nativeBinding?: string
}

// A dry run is the merge itself, rolled back: its counts are what a merge then does, exactly.
class RolledBack extends Error {
  constructor(readonly counts: RestoreCountsByKind) {
    super('dry run')
  }
}

const dryRun = (target: RestoreTarget, now: string): RestoreCountsByKind => {
  try {
    writeTransaction(target.db, () => {
      throw new RolledBack(mergeBackup(target.repos, now))
    })
  } catch (error) {
    if (error instanceof RolledBack) return error.counts
    throw error
  }
  throw new Error('a dry run did not roll back')
}

// Upgraded to this version, the backup has every table and column the library has, unless it
// is some other SQLite file that only claims a version.
const requireLibrarySchema = (db: Database, file: string): void => {
  const tables = new Set(userTablesOf(db, BACKUP))
  for (const table of userTablesOf(db)) {
    if (!tables.has(table)) throw refusal(file, `it is not an Inkstone backup (no ${table} table)`)
    const columns = new Set(columnsOf(db, BACKUP, table))
    const missing = columnsOf(db, 'main', table).find((column) => !columns.has(column))
    if (missing !== undefined)
      throw refusal(file, `it is not an Inkstone backup (no ${table}.${missing} column)`)
  }
}

/**
 * Restores a backup file into an open library: says what a merge would change (dryRun), merges
 * it (merge), or replaces the library with it after a safety backup (replace). The file is
 * checked first; every change is one transaction, so a failure leaves the library as it was.
 */
export function restoreBackup(
  target: RestoreTarget,
  file: string,
  mode: RestoreMode,
): RestoreReport {
  const { db } = target
  const backup = openBackup(file, backupsDir(target.dir), target.nativeBinding)
  try {
    db.prepare(`ATTACH DATABASE ? AS ${BACKUP}`).run(backup.path)
    try {
      requireLibrarySchema(db, file)
      const now = target.now().toISOString()
      if (mode === 'replace') {
        const { counts, safetyBackup } = replaceLibrary(target.repos, target.dir, target.now)
        return { mode, ...counts, safetyBackup }
      }
      const counts =
        mode === 'merge'
          ? writeTransaction(db, () => mergeBackup(target.repos, now))
          : dryRun(target, now)
      return { mode, ...counts, safetyBackup: null }
    } finally {
      db.exec(`DETACH DATABASE ${BACKUP}`)
    }
  } finally {
    backup.remove()
  }
}
