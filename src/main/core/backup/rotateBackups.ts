import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { backupSortKey, KEPT_BACKUPS, type BackupKind } from './backupNames'

const compare = (a: [string, number], b: [string, number]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]

/**
 * Deletes the oldest automatic backups of one kind in `folder` beyond the newest `keep`;
 * returns the paths deleted. Files of other kinds, or of other names, are never touched.
 */
export function rotateBackups(folder: string, kind: BackupKind, keep = KEPT_BACKUPS): string[] {
  const backups = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({ path: join(folder, entry.name), key: backupSortKey(entry.name, kind) }))
    .filter((backup): backup is { path: string; key: [string, number] } => backup.key !== null)
    .sort((a, b) => compare(b.key, a.key))
  const old = backups.slice(keep).map((backup) => backup.path)
  for (const path of old) rmSync(path, { force: true })
  return old
}
