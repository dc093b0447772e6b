import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupsDir } from '../../src/main/core/backup/backupNames'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import { SEED_DIR, tempDir } from './tempDir'

// Libraries written by the Inkstone of earlier commits (see fixtures/libraries/README.md).
const FIXTURES = resolve(import.meta.dirname, 'fixtures/libraries')
const LIBRARIES = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.sqlite3.gz'))
  .map((name) => ({ name, version: Number(/^v(\d+)/.exec(name)![1]) }))

// What the old file held, read with SQL before any upgrade (the old schema's own columns).
const facts = (file: string) => {
  const db = new BetterSqlite3(file, { readonly: true })
  try {
    const tables = new Set(
      db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all(),
    )
    const count = (table: string) =>
      tables.has(table) ? db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get()! : 0
    return {
      stories: count('stories'),
      read: db
        .prepare<[], string>('SELECT story_id FROM reading_state WHERE is_read = 1 ORDER BY 1')
        .pluck()
        .all(),
      hasAnnotations: tables.has('highlights'),
      corrections: count('corrections'),
      pageNames: tables.has('page_names')
        ? db.prepare<[], string>('SELECT name FROM page_names ORDER BY 1').pluck().all()
        : [],
    }
  } finally {
    db.close()
  }
}

let temp: ReturnType<typeof tempDir>
beforeEach(() => {
  temp = tempDir('upgrade')
})
afterEach(() => temp.remove())

describe.each(LIBRARIES)('a library made at schema $version ($name)', ({ name, version }) => {
  it('is backed up as it was, then upgraded with every reader’s data kept', () => {
    const dir = join(temp.dir, 'library')
    mkdirSync(dir)
    const file = join(dir, LIBRARY_FILE)
    const original = gunzipSync(readFileSync(join(FIXTURES, name)))
    writeFileSync(file, original)
    const before = facts(file)

    const library = openLibrary(dir)
    try {
      // The backup before the upgrade holds the old schema, untouched.
      const backups = readdirSync(backupsDir(dir))
      expect(backups).toHaveLength(1)
      expect(backups[0]).toMatch(
        new RegExp(`^before-migration-${version}-to-${MIGRATIONS.length}-.*\\.inkstone-backup$`),
      )
      const backup = new BetterSqlite3(join(backupsDir(dir), backups[0]), { readonly: true })
      expect(backup.pragma('user_version', { simple: true })).toBe(version)
      backup.close()

      const stories = library.listStories()
      expect(stories).toHaveLength(before.stories)
      expect(
        stories
          .filter((story) => story.isRead)
          .map((story) => story.id)
          .sort(),
      ).toEqual(before.read)
      expect(library.getSettings()).toMatchObject({ theme: 'sepia', fontSize: 19 })
      // Search answers at once (scanning what waits for the index), and the same once indexed.
      const found = library.search('工会').map((hit) => hit.id)
      expect(found.length).toBeGreaterThan(0)
      library.maintain()
      expect(
        library
          .search('工会')
          .map((hit) => hit.id)
          .sort(),
      ).toEqual([...found].sort())

      if (before.hasAnnotations) {
        const [highlight] = library.listHighlights({})
        expect(highlight).toMatchObject({
          color: 'green',
          note: '好政策',
          tags: [{ name: '重点' }],
        })
        const story = library.getStory(highlight.storyId)!
        expect(story.isFavorite).toBe(true)
        const { start, end } = highlight.position
        expect(highlight.isOrphan).toBe(false)
        expect(story.body.slice(start, end)).toBe(highlight.quote.exact)
        expect(library.getNote(story.id)?.markdown).toBe('值得再读 **两遍**')
        expect(
          library
            .listTags()
            .map((tag) => tag.name)
            .sort(),
        ).toEqual(['工会', '帮扶', '重点'])
        const [collection] = library.listCollections()
        expect(collection).toMatchObject({ name: '周末阅读', storyCount: 2 })
        expect(stories.some((summary) => summary.title === '改过的标题')).toBe(true)
        expect(library.listSources().flatMap((page) => page.customName ?? [])).toEqual(
          before.pageNames,
        )

        // Importing the same pages again keeps one copy of each, and every annotation.
        library.importPaths([SEED_DIR])
        expect(library.listSources()).toHaveLength(5)
        expect(library.listHighlights({})).toHaveLength(1)
        expect(library.listStories().some((s) => s.title === '改过的标题')).toBe(true)
      }
    } finally {
      library.close()
    }
    const db = new BetterSqlite3(file, { readonly: true })
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.pragma('foreign_key_check')).toEqual([])
      // Every correction is kept (migration 8 rebuilt their table).
      expect(db.prepare('SELECT count(*) FROM corrections').pluck().get()).toBe(before.corrections)
    } finally {
      db.close()
    }
  })
})
