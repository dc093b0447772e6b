import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupSummary } from '../../../shared/exports'
import { backupsDir, dailyBackupName } from './backupNames'
import { rotateBackups } from './rotateBackups'

/**
 * What a daily backup needs of a library (core/library/types.ts Library has all of it). A host
 * passes a `backup` that writes on a backup thread (workers/backupInWorker.ts), so the thread
 * that serves the reader is not held for the seconds VACUUM INTO takes on a large library.
 */
export interface DailyBackupTarget {
  readonly dir: string
  backup(out: string): BackupSummary | Promise<BackupSummary>
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
export async function dailyBackup(
  library: DailyBackupTarget,
  now: Date = new Date(),
  log: (message: string, error: unknown) => void = warn,
): Promise<BackupSummary | null> {
  try {
    const folder = backupsDir(library.dir)
    const path = join(folder, dailyBackupName(now))
    // An empty library is not worth a backup, and 7 empty days would push out every good one.
    if (existsSync(path) || library.listSources().length === 0) return null
    mkdirSync(folder, { recursive: true })
    const summary = await library.backup(path)
    rotateBackups(folder, 'daily')
    return summary
  } catch (error) {
    log('the daily backup could not be written', error)
    return null
  }
}

// A host's first backup waits until the reader is served; later ones are checked every few
// hours, so an app left open over midnight still writes the next day's.
const FIRST_AFTER_MS = 30_000
const EVERY_MS = 3 * 3600_000

/** Runs dailyBackup soon after a host starts and every few hours; returns a function that stops it. */
export function startDailyBackups(
  library: DailyBackupTarget,
  log?: (message: string, error: unknown) => void,
): () => void {
  // A check while the last backup is still being written (a slow disk) waits for the next one.
  let isWriting = false
  const run = (): void => {
    if (isWriting) return
    isWriting = true
    void dailyBackup(library, new Date(), log).finally(() => {
      isWriting = false
    })
  }
  const first = setTimeout(run, FIRST_AFTER_MS)
  const every = setInterval(run, EVERY_MS)
  // Unreferenced: a pending backup never keeps a closing host alive.
  first.unref()
  every.unref()
  return () => {
    clearTimeout(first)
    clearInterval(every)
  }
}
