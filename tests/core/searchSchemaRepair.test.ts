import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import { tempDir } from './tempDir'

describe('a library whose search index lost its tables', () => {
  const temp = tempDir('search-repair', true)
  afterEach(() => temp.remove())

  it('opens with the index made again: every story queued, search exact meanwhile and after', () => {
    const dir = join(temp.dir, 'library')
    const library = openLibrary(dir)
    library.importPaths([temp.seeds])
    library.maintain()
    const expected = library.searchPage('工会', { limit: 1000, offset: 0 })
    const stories = library.listStoryIds().length
    library.close()

    // As a pre-release build left some files: a build table, no queue, no index of our own.
    const db = new Database(join(dir, LIBRARY_FILE))
    db.exec(`
      DROP TABLE search_pending;
      DROP TABLE search_blocks;
      DROP TABLE search_docs;
      CREATE TABLE search_build (doc INTEGER PRIMARY KEY);
    `)
    db.close()

    const repaired = openLibrary(dir)
    try {
      const check = new Database(join(dir, LIBRARY_FILE), { readonly: true })
      const count = (sql: string) => check.prepare(sql).pluck().get() as number
      expect(count('SELECT count(*) FROM search_pending')).toBe(stories)
      expect(count("SELECT count(*) FROM sqlite_master WHERE name = 'search_build'")).toBe(0)
      check.close()
      // Meanwhile the queued stories are read as text: the same hits, in the queue's order.
      const scanned = repaired.searchPage('工会', { limit: 1000, offset: 0 })
      expect(scanned.total).toBe(expected.total)
      const ids = (page: typeof expected) => page.hits.map((hit) => hit.id).sort()
      expect(ids(scanned)).toEqual(ids(expected))
      expect(repaired.maintain()).toBe(true)
      expect(repaired.searchPage('工会', { limit: 1000, offset: 0 })).toEqual(expected)
    } finally {
      repaired.close()
    }
  })
})
