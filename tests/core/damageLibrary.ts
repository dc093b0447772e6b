import { closeSync, openSync, writeSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'

/**
 * Damages a closed library file the way a failing disk does: one page of `table` (by default
 * the search index's data, which opening never reads) overwritten with garbage. The file still
 * opens; SQLite's quick_check finds the damage. Returns the page number.
 */
export function damagePage(file: string, table = 'search_blocks'): number {
  const db = new BetterSqlite3(file, { readonly: true })
  let page: number
  let pageSize: number
  try {
    pageSize = db.pragma('page_size', { simple: true }) as number
    page = db
      .prepare<[string], number>('SELECT max(pageno) FROM dbstat WHERE name = ?')
      .pluck()
      .get(table)!
  } finally {
    db.close()
  }
  if (!page) throw new Error(`no page of ${table} in ${file}`)
  const fd = openSync(file, 'r+')
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0xee), 0, pageSize, (page - 1) * pageSize)
  } finally {
    closeSync(fd)
  }
  return page
}
