import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupSummary } from '../../../shared/exports'
import { backupsDir, dailyBackupName } from './backupNames'
import { rotateBackups } from './rotateBackups'

/** What a daily backup needs of a library (core/library/types.ts Library has all of it). */
export interface DailyBackupTarget {
  readonly dir: string
  backup(out: string): BackupSummary
  listSources(): readonly unknown[]
}

const warn = (message: string, error: unknown): void => {
  console.warn(`[inkstone] ${message}:`, error instanceof Error ? error.message : error)
}

/**
 * Writes today's backup (`backups/daily-YYYY-MM-DD.inkstone-backup` in the library folder)
 * unless it exists, and keeps the last 7 daily ones. A host calls it on start and every few
 * hours. It never throws (a timer's exception would take a host down): a failure is logged and
 * gives null, as does a day whose backup exists or a library without pages.
 */
export function dailyBackup(
  library: DailyBackupTarget,
  now: Date = new Date(),
  log: (message: string, error: unknown) => void = warn,
): BackupSummary | null {
  try {
    const folder = backupsDir(library.dir)
    const path = join(folder, dailyBackupName(now))
    // An empty library is not worth a backup, and 7 empty days would push out every good one.
    if (existsSync(path) || library.listSources().length === 0) return null
    mkdirSync(folder, { recursive: true })
    const summary = library.backup(path)
    rotateBackups(folder, 'daily')
    return summary
  } catch (error) {
    log('the daily backup could not be written', error)
    return null
  }
}
