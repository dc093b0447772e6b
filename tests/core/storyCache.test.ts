import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { asStoryId, type StoryId } from '../../src/shared/ids'
import { foldedFields, storyCache } from '../../src/main/core/search/storyCache'
import type { IndexableStory } from '../../src/main/core/search/types'

let dir: string
let db: Database
let other: Database
let reads: StoryId[][]

const lookupOn =
  (connection: Database) =>
  (ids: StoryId[]): IndexableStory[] => {
    reads.push(ids)
    const marks = ids.map(() => '?').join(', ')
    return connection
      .prepare<string[], { id: string; body: string }>(
        `SELECT id, body FROM stories WHERE id IN (${marks})`,
      )
      .all(...ids)
      .map((row) => ({
        id: asStoryId(row.id),
        title: row.id,
        byline: null,
        source: 'p',
        body: row.body,
      }))
  }

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-cache-'))
  db = new BetterSqlite3(join(dir, 'db.sqlite3'))
  db.pragma('journal_mode = WAL')
  db.exec(`
    CREATE TABLE stories (id TEXT PRIMARY KEY, body TEXT);
    INSERT INTO stories VALUES ('a', '工會'), ('b', 'Two'), ('c', 'three');
    CREATE TABLE search_epoch (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
    INSERT INTO search_epoch VALUES (1, 0);
    CREATE TRIGGER counted AFTER UPDATE ON stories BEGIN UPDATE search_epoch SET n = n + 1; END;
    CREATE TABLE positions (id TEXT PRIMARY KEY, at REAL);
  `)
  other = new BetterSqlite3(join(dir, 'db.sqlite3'))
  reads = []
})
afterEach(() => {
  db.close()
  other.close()
  rmSync(dir, { recursive: true, force: true })
})

const ids = (...names: string[]): StoryId[] => names.map(asStoryId)

describe('the story cache of search', () => {
  it('reads a story once while the database stays as it was, folded once', () => {
    const cache = storyCache(db, lookupOn(db), 10)
    cache.validate()
    const first = cache.lookup(ids('a', 'b'))
    cache.validate()
    const again = cache.lookup(ids('b', 'a', 'c'))
    expect(reads).toEqual([ids('a', 'b'), ids('c')])
    expect(again.map((story) => story.id)).toEqual(ids('b', 'a', 'c'))
    expect(again[1]).toBe(first[0])
    expect(foldedFields(again[1])).toBe(foldedFields(first[0]))
    expect(foldedFields(first[0]).body).toBe('工会')
  })

  it('forgets everything once another connection commits', () => {
    const cache = storyCache(db, lookupOn(db), 10)
    cache.validate()
    expect(cache.lookup(ids('a'))[0].body).toBe('工會')
    other.prepare("UPDATE stories SET body = '新' WHERE id = 'a'").run()
    cache.validate()
    expect(cache.lookup(ids('a'))[0].body).toBe('新')
  })

  it('forgets everything once its own connection writes', () => {
    const cache = storyCache(db, lookupOn(db), 10)
    cache.validate()
    cache.lookup(ids('b'))
    db.prepare("UPDATE stories SET body = 'changed' WHERE id = 'b'").run()
    cache.validate()
    expect(cache.lookup(ids('b'))[0].body).toBe('changed')
  })

  it('keeps its stories through writes the change count leaves out', () => {
    const cache = storyCache(db, lookupOn(db), 10)
    cache.validate()
    cache.lookup(ids('a'))
    other.prepare("INSERT INTO positions VALUES ('a', 0.5)").run()
    db.prepare("INSERT INTO positions VALUES ('b', 0.5)").run()
    cache.validate()
    cache.lookup(ids('a'))
    expect(reads).toEqual([ids('a')])
  })

  it('keeps the stories used last, up to its capacity, and leaves out unknown ids', () => {
    const cache = storyCache(db, lookupOn(db), 2)
    cache.validate()
    cache.lookup(ids('a', 'b'))
    cache.lookup(ids('a', 'c', 'zz'))
    reads = []
    expect(cache.lookup(ids('a', 'c')).map((story) => story.id)).toEqual(ids('a', 'c'))
    expect(reads).toEqual([])
    cache.lookup(ids('b'))
    expect(reads).toEqual([ids('b')])
  })
})
