import type { Database } from 'better-sqlite3'

// What can be rebuilt from the stories (the full-text index, its queue and story heads, the
// lunr index of early versions) and the bookkeeping that goes with it (the generation the
// index was built from). A backup leaves the index out; a restore never copies any of these.
const DERIVED =
  /^(story_fts(_\w+)?|story_docs|search_(pending|index|epoch|segments|blocks|docs|index_gen)|library_generation)$/

/** Whether a table holds only what can be rebuilt from the others. */
export const isDerivedTable = (name: string): boolean => DERIVED.test(name)

/** The tables of one schema of a connection (`main`, or an attached one), SQLite's own left out. */
export function tablesOf(db: Database, schema = 'main'): string[] {
  return db
    .prepare<[], string>(
      `SELECT name FROM "${schema}".sqlite_master
       WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .pluck()
    .all()
}

/** The reader's tables of a schema: every table but SQLite's own and the derived ones. */
export const userTablesOf = (db: Database, schema = 'main'): string[] =>
  tablesOf(db, schema).filter((name) => !isDerivedTable(name))

/** The column names of a table, in order. */
export function columnsOf(db: Database, schema: string, table: string): string[] {
  return db
    .prepare<[], { name: string }>(`PRAGMA "${schema}".table_info("${table}")`)
    .all()
    .map((column) => column.name)
}

/** Whether any of the reader's tables holds a row (a library that was only created holds none). */
export const holdsData = (db: Database, schema = 'main'): boolean =>
  userTablesOf(db, schema).some(
    (table) =>
      db
        .prepare<[], number>(`SELECT EXISTS (SELECT 1 FROM "${schema}"."${table}")`)
        .pluck()
        .get() === 1,
  )
