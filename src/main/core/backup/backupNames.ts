import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** The folder inside a library folder that holds its automatic backups. */
export const BACKUPS_FOLDER = 'backups'

/** The extension of every backup Inkstone writes (the file is an SQLite database). */
export const BACKUP_EXTENSION = '.inkstone-backup'

/** Automatic backups of each kind kept in a library's backups folder. */
export const KEPT_BACKUPS = 7

/** The automatic backups: daily, before a migration, before a restore replaces the library. */
export type BackupKind = 'daily' | 'before-migration' | 'before-restore'

/** The backups folder of a library folder. */
export const backupsDir = (libraryDir: string): string => join(libraryDir, BACKUPS_FOLDER)

// A UTC time that sorts as text and is safe in a file name on every OS (no colons).
const stamp = (date: Date): string => date.toISOString().replace(/[-:.]/g, '')

const pad = (value: number): string => String(value).padStart(2, '0')

// The reader's own calendar day: "today's backup" is the one they would name by date.
const localDay = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

/** `daily-2025-01-15.inkstone-backup`: one a day, in the local calendar. */
export const dailyBackupName = (date: Date): string => `daily-${localDay(date)}${BACKUP_EXTENSION}`

/** `before-migration-4-to-5-20250115T101112345Z.inkstone-backup` */
export const migrationBackupName = (from: number, to: number, date: Date): string =>
  `before-migration-${from}-to-${to}-${stamp(date)}${BACKUP_EXTENSION}`

/** `before-restore-20250115T101112345Z.inkstone-backup` */
export const restoreBackupName = (date: Date): string =>
  `before-restore-${stamp(date)}${BACKUP_EXTENSION}`

// What sorts a kind's backups oldest first: the day or the time, then a counter that
// uniquePath added when two were taken in the same millisecond.
const PATTERNS: Record<BackupKind, RegExp> = {
  daily: /^daily-(\d{4}-\d{2}-\d{2})()\.inkstone-backup$/,
  'before-migration': /^before-migration-\d+-to-\d+-(\d{8}T\d{9}Z)(?:-(\d+))?\.inkstone-backup$/,
  'before-restore': /^before-restore-(\d{8}T\d{9}Z)(?:-(\d+))?\.inkstone-backup$/,
}

/** The sort key of a backup's file name when it is of `kind`; null when it is not. */
export function backupSortKey(name: string, kind: BackupKind): [string, number] | null {
  const match = PATTERNS[kind].exec(name)
  return match ? [match[1], Number(match[2] || 1)] : null
}

/** `path`, or `name-2.ext`, `name-3.ext`... when a file of that name exists already. */
export function uniquePath(folder: string, name: string): string {
  const base = name.slice(0, -BACKUP_EXTENSION.length)
  let path = join(folder, name)
  for (let count = 2; existsSync(path); count++)
    path = join(folder, `${base}-${count}${BACKUP_EXTENSION}`)
  return path
}
