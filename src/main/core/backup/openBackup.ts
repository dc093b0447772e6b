import { randomBytes } from 'node:crypto'
import { closeSync, copyFileSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { MIGRATIONS } from '../db/migrations'
import { runMigrations } from '../db/runMigrations'
import { registerSearchFunctions } from '../db/searchFunctions'
import { LibraryError } from '../errors/LibraryError'

/** A backup checked and brought to this Inkstone's schema, as a private copy. */
export interface PreparedBackup {
  /** The private copy to read (never the reader's file itself). */
  path: string
  /** The schema version the backup was written at. */
  version: number
  /** Deletes the private copy. */
  remove(): void
}

const HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/** A restore refused because of the file: its name and the reason, in one sentence. */
export const refusal = (file: string, reason: string): LibraryError =>
  new LibraryError('INVALID_ARGUMENT', `cannot restore ${file}: ${reason}`)

const readHeader = (file: string): Buffer => {
  const header = Buffer.alloc(100)
  const fd = openSync(file, 'r')
  try {
    return header.subarray(0, readSync(fd, header, 0, 100, 0))
  } finally {
    closeSync(fd)
  }
}

// SQLite's file header: magic, page size, and (when the change counter says it is valid) the
// number of pages. A file shorter than its pages was cut off (an interrupted copy or download).
const checkHeader = (file: string): void => {
  const stat = statSync(file, { throwIfNoEntry: false })
  if (!stat) throw new LibraryError('NOT_FOUND', `cannot restore ${file}: no such file`)
  if (!stat.isFile()) throw refusal(file, 'it is not a file')
  const header = readHeader(file)
  if (header.length < 100 || !header.subarray(0, 16).equals(HEADER))
    throw refusal(file, 'it is not an Inkstone backup (not an SQLite database)')
  // Offset 56 names the text encoding: Inkstone writes UTF-8 (1) only. Other values are damage
  // the integrity check does not see, and some make SQLite refuse to attach the file later.
  if (header.readUInt32BE(56) !== 1)
    throw refusal(file, 'it is damaged (its header names a text encoding other than UTF-8)')
  const raw = header.readUInt16BE(16)
  const pageSize = raw === 1 ? 65536 : raw
  const pages = header.readUInt32BE(28)
  const isCountValid = header.readUInt32BE(92) === header.readUInt32BE(24) && pages > 0
  if (stat.size % pageSize !== 0 || (isCountValid && stat.size < pages * pageSize))
    throw refusal(file, `it is truncated (${stat.size} bytes, of ${pages * pageSize})`)
}

// The first line SQLite reports, without its "*** in database main ***" heading.
const firstProblem = (db: Database): string | null => {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>
  const first = rows[0]?.integrity_check ?? 'no answer'
  if (first === 'ok') return null
  const lines = first.split('\n').filter((line) => !/^\*\*\* in database/.test(line))
  return lines[0]?.trim() || first
}

// Brings the private copy to this Inkstone's schema, or says why the file cannot be restored.
const prepare = (file: string, db: Database): number => {
  let problem: string | null
  let version: number
  try {
    problem = firstProblem(db)
    version = db.pragma('user_version', { simple: true }) as number
  } catch (error) {
    throw refusal(file, `it is damaged (${(error as Error).message})`)
  }
  if (problem !== null) throw refusal(file, `it is damaged (${problem})`)
  if (version === 0) throw refusal(file, 'it is not an Inkstone backup (no library schema)')
  if (version > MIGRATIONS.length) {
    throw refusal(
      file,
      `it was made by a newer Inkstone (library schema ${version}; this one reads up to ${MIGRATIONS.length})`,
    )
  }
  try {
    db.pragma('foreign_keys = ON')
    registerSearchFunctions(db)
    runMigrations(db)
  } catch (error) {
    throw refusal(file, `it could not be upgraded to this Inkstone (${(error as Error).message})`)
  }
  const broken = (db.pragma('foreign_key_check') as unknown[]).length
  if (broken > 0) throw refusal(file, `it is inconsistent (${broken} rows point at nothing)`)
  // A library file copied as it is may be in WAL mode: the copy is read as one file.
  db.pragma('journal_mode = DELETE')
  return version
}

/**
 * Checks a backup file (SQLite, whole, intact, of a schema this Inkstone reads) and prepares a
 * private copy of it in `workDir`, upgraded when it is older. A refused file throws a
 * LibraryError naming the file and the reason; the file itself is only ever read.
 */
export function openBackup(file: string, workDir: string, nativeBinding?: string): PreparedBackup {
  checkHeader(file)
  mkdirSync(workDir, { recursive: true })
  const path = join(workDir, `.restore-${randomBytes(6).toString('hex')}.tmp`)
  const remove = (): void => {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  }
  try {
    copyFileSync(file, path)
    let db: Database
    try {
      db = new BetterSqlite3(path, { fileMustExist: true, nativeBinding })
    } catch (error) {
      throw refusal(file, `it cannot be opened (${(error as Error).message})`)
    }
    try {
      return { path, version: prepare(file, db), remove }
    } finally {
      db.close()
    }
  } catch (error) {
    remove()
    throw error
  }
}
