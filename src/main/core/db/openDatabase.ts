import BetterSqlite3, { type Database } from 'better-sqlite3'
import type { Migration } from './migrations'
import { runMigrations } from './runMigrations'
import { repairSearchSchema } from './searchSchema'
import { registerSearchFunctions } from './searchFunctions'

// The app and the CLI may hold the same library open; wait for a writer rather than fail. The
// wait only helps transactions that start IMMEDIATE (every write in core does: writeTransaction);
// a deferred one that read first gets SQLITE_BUSY_SNAPSHOT at once, without waiting.
const BUSY_TIMEOUT_MS = 5000
// SQLite's page cache per connection, in KiB (its default is 2 MB): search reads stories at
// random across a library of hundreds of megabytes, and each page it finds here is a read
// from the file it saves.
const PAGE_CACHE_KIB = 32 * 1024

/** How to open the database file. */
export interface OpenDatabaseOptions {
  /** better-sqlite3's native addon built for this runtime (Electron's main has its own ABI). */
  nativeBinding?: string
  migrations?: readonly Migration[]
  /** Runs before migrating, so a library folder can back its file up first (core/backup). */
  beforeMigration?: (db: Database) => void
}

/** Opens (creating if needed) a library database file and migrates it to the latest schema. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  const db = new BetterSqlite3(file, { nativeBinding: options.nativeBinding })
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`)
    registerSearchFunctions(db)
    options.beforeMigration?.(db)
    runMigrations(db, options.migrations)
    // A file a pre-release build wrote may lack the index's queue: the index is made again.
    if (options.migrations === undefined) repairSearchSchema(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
