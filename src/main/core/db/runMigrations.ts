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
      if (migration.isTableRebuild) {
        const broken = db.pragma('foreign_key_check') as unknown[]
        if (broken.length > 0) throw new Error(`${broken.length} rows break a foreign key`)
      }
      db.pragma(`user_version = ${version}`)
    })
    // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched around the step.
    const wereKeysOn = db.pragma('foreign_keys', { simple: true }) === 1
    if (migration.isTableRebuild) db.pragma('foreign_keys = OFF')
    try {
      step.immediate()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new Error(`migration ${version} (${migration.name}) failed: ${message}`, {
        cause: error,
      })
    } finally {
      if (migration.isTableRebuild && wereKeysOn) db.pragma('foreign_keys = ON')
    }
  }
  return migrations.length
}
