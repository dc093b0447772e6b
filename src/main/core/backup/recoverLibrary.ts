import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { RecoveryReport } from '../../../shared/health'
import { LibraryError } from '../errors/LibraryError'
import { findNewestBackup } from './libraryHealth'
import { openBackup } from './openBackup'

const LIBRARY_FILE = 'library.sqlite3'
// The database file and the files SQLite keeps beside it: all of them are the library's state.
const SIDE_FILES = ['', '-wal', '-shm', '-journal']

/** How to recover a library folder. */
export interface RecoverOptions {
  /** The backup to restore; the newest one in the library's backups folder that passes. */
  from?: string
  now?: () => Date
  nativeBinding?: string
}

// A name that sorts by time and is safe in a file name on every OS (no colons).
const stamp = (date: Date): string => date.toISOString().replace(/[-:.]/g, '')

/**
 * Puts a backup in place of a library's database file. The library must be closed (no host
 * holds it open). The current file is never written to or deleted: it is moved, with its WAL and
 * shared-memory files, into `damaged-<time>/` inside the library folder, whole, for whoever can
 * repair it. The backup is checked (and upgraded) as a private copy first, so a backup that
 * cannot be restored leaves everything where it was.
 */
export function recoverLibrary(libraryDir: string, options: RecoverOptions = {}): RecoveryReport {
  const now = options.now ?? (() => new Date())
  const from = options.from ?? findNewestBackup(libraryDir, options.nativeBinding)?.path
  if (from === undefined) {
    throw new LibraryError('NOT_FOUND', `no backup to restore in ${join(libraryDir, 'backups')}`, {
      key: 'noBackupToRecover',
      params: { folder: join(libraryDir, 'backups') },
    })
  }
  const prepared = openBackup(from, libraryDir, options.nativeBinding)
  try {
    const kept = join(libraryDir, `damaged-${stamp(now())}`)
    mkdirSync(kept, { recursive: true })
    const file = join(libraryDir, LIBRARY_FILE)
    for (const suffix of SIDE_FILES) {
      if (existsSync(file + suffix)) renameSync(file + suffix, join(kept, LIBRARY_FILE + suffix))
    }
    renameSync(prepared.path, file)
    const db = new BetterSqlite3(file, { readonly: true, nativeBinding: options.nativeBinding })
    try {
      const stories = db.prepare('SELECT count(*) FROM stories').pluck().get() as number
      return { restoredFrom: from, damagedKeptIn: kept, stories }
    } finally {
      db.close()
    }
  } finally {
    prepared.remove()
  }
}
