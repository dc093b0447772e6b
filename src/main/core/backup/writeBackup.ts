import { randomBytes } from 'node:crypto'
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { BackupSummary } from '../../../shared/exports'
import { LibraryError } from '../errors/LibraryError'
import { tablesOf } from './derivedTables'

// The schema name the fresh copy is attached under while it is finished.
const COPY = 'inkstone_backup_copy'

/** How a backup is written. */
export interface WriteBackupOptions {
  /** Keep the search index too: the file exactly as it was (the copy before a migration). */
  isExactCopy?: boolean
}

const realPath = (path: string): string => (existsSync(path) ? realpathSync(path) : path)

// Renaming a backup over the live database (or its WAL) would destroy the library.
const refuseLibraryFile = (db: Database, target: string): void => {
  const live = realPath(resolve(db.name))
  const real = realPath(target)
  if ([live, `${live}-wal`, `${live}-shm`, `${live}-journal`].includes(real)) {
    throw new LibraryError(
      'INVALID_ARGUMENT',
      `${target} is the library itself: choose another file`,
    )
  }
}

const syncFile = (path: string): void => {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

// The rename is durable once the folder is synced; Windows cannot open a folder to sync it.
const syncFolder = (folder: string): void => {
  try {
    syncFile(folder)
  } catch {
    // Best effort: the file itself is synced already.
  }
}

const count = (db: Database, tables: string[], table: string): number =>
  tables.includes(table)
    ? db.prepare<[], number>(`SELECT count(*) FROM ${COPY}."${table}"`).pluck().get()!
    : 0

// Leaves out what the app rebuilds (the search index) and queues every story for it, as
// migration 5 does for an upgraded library, so the copy opens as a library whose index is built
// in the background. Story heads (story_docs) stay: they are small and the story list reads them.
const stripIndex = (db: Database, tables: string[]): void => {
  if (tables.includes('story_fts'))
    db.exec(`INSERT INTO ${COPY}.story_fts (story_fts) VALUES ('delete-all')`)
  for (const table of ['search_blocks', 'search_segments', 'search_docs']) {
    if (tables.includes(table)) db.exec(`DELETE FROM ${COPY}.${table}`)
  }
  if (tables.includes('search_pending') && tables.includes('story_docs'))
    db.exec(`INSERT OR IGNORE INTO ${COPY}.search_pending (doc) SELECT doc FROM ${COPY}.story_docs`)
  if (tables.includes('search_index')) db.exec(`DELETE FROM ${COPY}.search_index`)
  db.pragma(`${COPY}.synchronous = FULL`)
  db.exec(`VACUUM ${COPY}`)
}

const finishCopy = (db: Database, path: string, isExactCopy: boolean) => {
  db.prepare(`ATTACH DATABASE ? AS ${COPY}`).run(path)
  try {
    const tables = tablesOf(db, COPY)
    if (!isExactCopy) stripIndex(db, tables)
    return { stories: count(db, tables, 'stories'), highlights: count(db, tables, 'highlights') }
  } finally {
    db.exec(`DETACH DATABASE ${COPY}`)
  }
}

/**
 * Writes a consistent single-file snapshot of an open library database to `out`, atomically
 * (a temporary file in the same folder, renamed into place): a crash leaves the old file or none.
 */
export function writeBackup(
  db: Database,
  out: string,
  options: WriteBackupOptions = {},
): BackupSummary {
  const target = resolve(out)
  refuseLibraryFile(db, target)
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new LibraryError('INVALID_ARGUMENT', `${target} is a folder: give the backup a file name`)
  }
  const folder = dirname(target)
  mkdirSync(folder, { recursive: true })
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    // VACUUM INTO rather than better-sqlite3's db.backup(): the CLI and the hosts back up
    // synchronously, and db.backup() is asynchronous (it copies pages between turns of the event
    // loop and starts over when another connection writes). VACUUM INTO copies one read snapshot
    // in one statement, so it is consistent while the indexer thread or the CLI write (WAL lets
    // them go on meanwhile), and the copy has no free pages.
    db.prepare('VACUUM INTO ?').run(temp)
    const counts = finishCopy(db, temp, options.isExactCopy === true)
    syncFile(temp)
    renameSync(temp, target)
    syncFolder(folder)
    return { path: target, bytes: statSync(target).size, ...counts }
  } catch (error) {
    rmSync(temp, { force: true })
    rmSync(`${temp}-journal`, { force: true })
    throw error
  }
}
