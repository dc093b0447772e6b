import type { Database } from 'better-sqlite3'
import { MIGRATIONS, type Migration } from './migrations'

/** Brings the database up to the last migration, one transaction per step; a failure throws. */
export function runMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > migrations.length) {
    throw new Error(
      `library schema version ${current} is newer than this Inkstone understands (${migrations.length})`,
    )
  }
  for (let version = current + 1; version <= migrations.length; version++) {
    const migration = migrations[version - 1]
    // user_version lives in the database header, so it rolls back with the transaction.
    const step = db.transaction(() => {
      migration.up(db)
      db.pragma(`user_version = ${version}`)
    })
    try {
      step()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new Error(`migration ${version} (${migration.name}) failed: ${message}`, {
        cause: error,
      })
    }
  }
  return migrations.length
}
