import type { Database } from 'better-sqlite3'
import { searchEpoch } from '../db/searchEpoch'

// Values kept at most: a filter typed letter by letter (tag:a, tag:ab...) asks for a new one
// each time, and a fact of a large library is tens of thousands of ids.
const MAX_VALUES = 32

/** Reads a value once and hands it out again while the database is unchanged. */
export type UnchangedMemo = <T>(key: string, read: () => T) => T

/**
 * Values read from the database (what a filter keeps, the reader's annotations), kept while
 * what search reads is unchanged (searchEpoch.ts): a query typed letter by letter, or paged,
 * asks for the same ones again. The stamp is read before the value, so a value is never older
 * than its stamp.
 */
export function unchangedMemo(db: Database): UnchangedMemo {
  const epoch = searchEpoch(db)
  const values = new Map<string, unknown>()
  let stamp = -1
  return <T>(key: string, read: () => T): T => {
    const now = epoch()
    if (now !== stamp) {
      values.clear()
      stamp = now
    }
    if (values.has(key)) return values.get(key) as T
    const value = read()
    if (values.size >= MAX_VALUES) values.clear()
    values.set(key, value)
    return value
  }
}
