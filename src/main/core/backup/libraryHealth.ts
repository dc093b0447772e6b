import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { LibraryHealth } from '../../../shared/health'
import { BACKUP_EXTENSION, backupsDir } from './backupNames'
import { openBackup } from './openBackup'

/** The database file inside a library folder (as core/library/openLibrary names it). */
const LIBRARY_FILE = 'library.sqlite3'

// SQLite's quick_check heads each problem with the database's name; the reader needs the rest.
const firstLine = (answer: string): string =>
  answer
    .split('\n')
    .filter((line) => !/^\*\*\* in database/.test(line))[0]
    ?.trim() || answer

/**
 * What is wrong with a library database file, in SQLite's words; null when `PRAGMA quick_check`
 * finds it sound (or there is no file yet). The file is opened read-only and never written:
 * a damaged library must stay as it was for whoever can repair it.
 */
export function checkDatabaseFile(file: string, nativeBinding?: string): string | null {
  if (!statSync(file, { throwIfNoEntry: false })) return null
  let db: BetterSqlite3.Database | null = null
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding })
    const answer = db.pragma('quick_check', { simple: true })
    return answer === 'ok' ? null : firstLine(String(answer))
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    db?.close()
  }
}

/** An automatic (or any) backup in a library's backups folder that this Inkstone can restore. */
export interface BackupChoice {
  path: string
  name: string
  /** When the file was written (its modification time), ISO 8601. */
  takenAt: string
}

/**
 * The newest backup in the library's backups folder that passes the restore checks (whole,
 * intact, a schema this Inkstone reads); null when there is none. Damaged backups are skipped.
 */
export function findNewestBackup(libraryDir: string, nativeBinding?: string): BackupChoice | null {
  const folder = backupsDir(libraryDir)
  let names: string[]
  try {
    names = readdirSync(folder).filter((name) => name.endsWith(BACKUP_EXTENSION))
  } catch {
    return null
  }
  const candidates = names
    .map((name) => ({ name, path: join(folder, name), stat: statSync(join(folder, name)) }))
    .filter((candidate) => candidate.stat.isFile())
    .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs)
  for (const candidate of candidates) {
    try {
      openBackup(candidate.path, join(libraryDir, '.health-check'), nativeBinding).remove()
      return {
        path: candidate.path,
        name: candidate.name,
        takenAt: candidate.stat.mtime.toISOString(),
      }
    } catch {
      // Damaged or from a newer Inkstone: try the one before.
    } finally {
      rmSync(join(libraryDir, '.health-check'), { recursive: true, force: true })
    }
  }
  return null
}

/** Checks a library folder's database; when it is damaged, names the backup to restore. */
export function checkLibrary(libraryDir: string, nativeBinding?: string): LibraryHealth {
  const problem = checkDatabaseFile(join(libraryDir, LIBRARY_FILE), nativeBinding)
  if (problem === null) return { status: 'ok' }
  const backup = findNewestBackup(libraryDir, nativeBinding)
  return {
    status: 'damaged',
    reason: problem,
    backup: backup && { name: backup.name, takenAt: backup.takenAt },
  }
}

// SQLite's result codes for a file that is not (or no longer) a sound database.
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB'])

/** True when an error is SQLite reporting a damaged or foreign database file. */
export const isDamageError = (error: unknown): boolean =>
  error instanceof Error && DAMAGE_CODES.has((error as Error & { code?: string }).code ?? '')

/** The terminal's words for a damaged library: what is wrong, and how to recover. */
export function describeDamage(
  libraryDir: string,
  health: Extract<LibraryHealth, { status: 'damaged' }>,
): string {
  const lines = [
    `The library file in ${libraryDir} is damaged (${health.reason}).`,
    'Inkstone writes nothing more to it and keeps it as it is.',
  ]
  if (health.backup === null)
    lines.push('There is no backup in its backups folder to recover from.')
  else {
    lines.push(
      `To restore the newest good backup (${health.backup.name}, ${health.backup.takenAt}),`,
      `stop Inkstone and run: npm run cli -- recover --library "${libraryDir}"`,
    )
  }
  return lines.join('\n')
}
