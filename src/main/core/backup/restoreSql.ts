import type { Database, Statement } from 'better-sqlite3'
import type { RestoreCounts } from '../../../shared/exports'
import { columnsOf } from './derivedTables'

/** The schema name a backup being restored is attached under on the library's connection. */
export const BACKUP = 'restore_source'

/** Counts that start at zero. */
export const noCounts = (): RestoreCounts => ({ added: 0, updated: 0, kept: 0 })

/** How copyRows builds its statement. */
export interface CopyRows {
  /** Columns left to their default (an integer id the library assigns anew). */
  skip?: string[]
  /** Columns given by an SQL expression (a parameter, say) instead of the backup's value. */
  set?: Record<string, string>
  /** Which of the backup's rows, over its columns and the statement's parameters. */
  where: string
  orderBy?: string
  /** INSERT OR IGNORE: a row the library has already is left as it is. */
  isOrIgnore?: boolean
}

/**
 * An INSERT ... SELECT from the backup's table into the library's, column by column. The
 * columns are read from the library's schema (the backup was brought to the same version), so a
 * column a later migration adds is copied without anyone remembering to list it here.
 */
export function copyRows(db: Database, table: string, options: CopyRows): Statement {
  const columns = columnsOf(db, 'main', table).filter((column) => !options.skip?.includes(column))
  const values = columns.map((column) => options.set?.[column] ?? `"${column}"`)
  return db.prepare(`
    INSERT ${options.isOrIgnore ? 'OR IGNORE ' : ''}INTO main."${table}"
      (${columns.map((column) => `"${column}"`).join(', ')})
    SELECT ${values.join(', ')} FROM ${BACKUP}."${table}"
    WHERE ${options.where}${options.orderBy ? ` ORDER BY ${options.orderBy}` : ''}`)
}
