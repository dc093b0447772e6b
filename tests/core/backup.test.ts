import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { spanOf, storyTitled } from './libraryFixture'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let library: Library
beforeEach(() => {
  temp = tempDir('backup')
  library = openLibrary(join(temp.dir, 'library'))
  library.importPaths([SEED_DIR])
  const story = storyTitled(library, '困难职工帮扶民生工程')
  library.createHighlight(story.id, { ...spanOf(story.body, '疗休养'), color: 'green', note: '好' })
  library.addTags([story.id], ['工会'])
  // Build the index so there is something to leave out.
  library.maintain()
})
afterEach(() => {
  library.close()
  temp.remove()
})

const scalar = (db: BetterSqlite3.Database, sql: string): unknown => db.prepare(sql).pluck().get()

describe('backup', () => {
  it('writes one SQLite file with every story and highlight, the search index left out', () => {
    const out = join(temp.dir, 'out', 'mine.inkstone-backup')
    const summary = library.backup(out)
    const stories = library.listStories().length
    expect(summary).toEqual({ path: out, bytes: statSync(out).size, stories, highlights: 1 })
    expect(readFileSync(out).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0')
    // Nothing but the backup is left in its folder (the temporary file was renamed).
    expect(readdirSync(join(temp.dir, 'out'))).toEqual(['mine.inkstone-backup'])

    const db = new BetterSqlite3(out, { readonly: true })
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete')
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
      expect(scalar(db, 'SELECT count(*) FROM stories')).toBe(stories)
      expect(scalar(db, 'SELECT count(*) FROM highlights')).toBe(1)
      expect(scalar(db, 'SELECT name FROM tags')).toBe('工会')
      // The index holds no story; every story waits in the queue to be indexed again.
      expect(scalar(db, 'SELECT count(*) FROM search_blocks')).toBe(0)
      expect(scalar(db, 'SELECT count(*) FROM search_docs')).toBe(0)
      expect(scalar(db, 'SELECT count(*) FROM search_pending')).toBe(stories)
      expect(scalar(db, 'SELECT count(*) FROM story_docs')).toBe(stories)
    } finally {
      db.close()
    }
    // A whole copy, index and all, is larger.
    const whole = join(temp.dir, 'whole.sqlite3')
    const live = new BetterSqlite3(join(library.dir, LIBRARY_FILE))
    live.prepare('VACUUM INTO ?').run(whole)
    live.close()
    expect(summary.bytes).toBeLessThan(statSync(whole).size)
  })

  it('opens as a library in its own right, whose stories are found by search', () => {
    const copy = join(temp.dir, 'copy')
    mkdirSync(copy)
    library.backup(join(copy, LIBRARY_FILE))
    const opened = openLibrary(copy)
    try {
      expect(opened.listStories().map((story) => story.id)).toEqual(
        library.listStories().map((story) => story.id),
      )
      const wanted = library.search('疗休养').map((hit) => hit.id)
      expect(wanted.length).toBeGreaterThan(0)
      // The copy has no index yet: it answers by reading the text, the same stories in library
      // order; once it is indexed, in the same ranked order as the library it was copied from.
      expect(
        opened
          .search('疗休养')
          .map((hit) => hit.id)
          .sort(),
      ).toEqual([...wanted].sort())
      expect(opened.maintain()).toBe(true)
      expect(opened.search('疗休养').map((hit) => hit.id)).toEqual(wanted)
    } finally {
      opened.close()
    }
  })

  it('replaces a file of the same name atomically', () => {
    const out = join(temp.dir, 'again.inkstone-backup')
    writeFileSync(out, 'an older file')
    const summary = library.backup(out)
    expect(statSync(out).size).toBe(summary.bytes)
    expect(readdirSync(temp.dir).filter((name) => name.includes('again'))).toEqual([
      'again.inkstone-backup',
    ])
  })

  it('refuses to write over the library itself, or to a folder, and leaves no file behind', () => {
    const file = join(library.dir, LIBRARY_FILE)
    const before = readFileSync(file)
    expect(() => library.backup(file)).toThrow(LibraryError)
    expect(() => library.backup(`${file}-wal`)).toThrow(/the library itself/)
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(() => library.backup(temp.dir)).toThrow(/is a folder/)
    expect(readdirSync(library.dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(library.listStories().length).toBeGreaterThan(0)
  })
})
