import type { Database } from 'better-sqlite3'

/**
 * Runs `fn` in one transaction that starts IMMEDIATE: it takes the write lock first, waiting
 * up to the busy timeout for another connection (the CLI beside the app). A deferred
 * transaction that reads first would instead fail at once with SQLITE_BUSY_SNAPSHOT when
 * another connection commits in between, without waiting.
 */
export const writeTransaction = <T>(db: Database, fn: () => T): T => db.transaction(fn).immediate()

/**
 * Runs `fn`, which only reads, on one snapshot of the database: several statements see the
 * same committed state even while another connection (the indexer) commits in between.
 */
export const readSnapshot = <T>(db: Database, fn: () => T): T => {
  if (db.inTransaction) return fn()
  db.prepare('BEGIN DEFERRED').run()
  try {
    return fn()
  } finally {
    // SQLite itself rolls a transaction back on some errors (a corrupt page, out of memory)
    // that `fn` caught and answered: there is then nothing left to end.
    if (db.inTransaction) db.prepare('COMMIT').run()
  }
}
