import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { readSnapshot } from '../../src/main/core/db/writeTransaction'
import { tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let db: BetterSqlite3.Database

beforeEach(() => {
  temp = tempDir('snapshot')
  db = new BetterSqlite3(join(temp.dir, 'store.sqlite'))
  db.pragma('journal_mode = WAL')
  db.exec('CREATE TABLE items (n INTEGER)')
})
afterEach(() => {
  db.close()
  temp.remove()
})

it('answers what it read when SQLite already ended the transaction (a caught corrupt page)', () => {
  // SQLite rolls the whole transaction back on some errors; `fn` caught one and answered.
  const answer = readSnapshot(db, () => {
    db.exec('ROLLBACK')
    return 'scanned instead'
  })
  expect(answer).toBe('scanned instead')
  expect(db.inTransaction).toBe(false)
})

it('reads one snapshot while another connection commits, and ends it', () => {
  const other = new BetterSqlite3(join(temp.dir, 'store.sqlite'))
  const counts = readSnapshot(db, () => {
    const before = db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }
    other.prepare('INSERT INTO items VALUES (1)').run()
    const after = db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }
    return [before.n, after.n]
  })
  other.close()
  expect(counts).toEqual([0, 0])
  expect(db.inTransaction).toBe(false)
  expect(db.prepare('SELECT count(*) AS n FROM items').get()).toEqual({ n: 1 })
})

it('ends the snapshot when the read throws', () => {
  expect(() =>
    readSnapshot(db, () => {
      db.prepare('SELECT count(*) FROM items').get()
      throw new Error('read failed')
    }),
  ).toThrow('read failed')
  expect(db.inTransaction).toBe(false)
})
