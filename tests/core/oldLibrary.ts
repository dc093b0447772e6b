import BetterSqlite3 from 'better-sqlite3'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { runMigrations } from '../../src/main/core/db/runMigrations'

/** The schema version before the full-text index (migration 5). */
export const VERSION_BEFORE_FTS = 4

/**
 * Writes `toFile` as a library at schema version 4 holding the pages and stories of the library
 * in `fromFile`: what an upgrade from the lunr-index release finds, with real imported rows.
 */
export function copyAsVersion4(fromFile: string, toFile: string): void {
  const db = new BetterSqlite3(toFile)
  try {
    runMigrations(db, MIGRATIONS.slice(0, VERSION_BEFORE_FTS))
    db.prepare('ATTACH DATABASE ? AS source').run(fromFile)
    db.transaction(() => {
      db.exec(`
        INSERT INTO sources SELECT id, name, origin, path, content_hash, encoding, format,
          imported_at, size, text FROM source.sources;
        INSERT INTO stories SELECT * FROM source.stories;
        INSERT INTO reading_state SELECT * FROM source.reading_state;
        INSERT INTO settings SELECT * FROM source.settings;`)
    })()
    db.exec('DETACH DATABASE source')
  } finally {
    db.close()
  }
}
