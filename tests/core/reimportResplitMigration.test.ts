import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { runMigrations } from '../../src/main/core/db/runMigrations'
import { sha256 } from '../../src/main/core/import/sha256'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import { SPLITTER_VERSION } from '../../src/main/core/split/splitterVersion'
import { tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
beforeEach(() => {
  temp = tempDir('splitter-version', true)
})
afterEach(() => temp.remove())

// The schema just before pages recorded their splitter version.
const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'splitter version per page')
const AT = '2024-05-01T08:00:00.000Z'

/**
 * A library as an Inkstone without splitter versions left it: one page, its whole text stored
 * as a single story (what an older splitter that missed every headline would have made).
 */
const oldLibrary = (dir: string, file: string): void => {
  const db = new BetterSqlite3(join(dir, LIBRARY_FILE))
  runMigrations(db, MIGRATIONS.slice(0, BEFORE))
  const bytes = readFileSync(file)
  const text = bytes.toString('utf8')
  db.prepare(
    `INSERT INTO sources (id, name, origin, path, content_hash, encoding, format, imported_at, size, text)
     VALUES (1, 'seed.txt', 'file', ?, ?, 'utf-8', 'text', ?, ?, ?)`,
  ).run(file, sha256(bytes), AT, bytes.length, text)
  db.prepare(
    `INSERT INTO stories (id, source_id, position, title, is_title_derived, byline, kind,
       original_text, body, text_hash, created_at)
     VALUES ('old-story', 1, 0, '整版', 0, NULL, 'article', ?, ?, 'old', ?)`,
  ).run(text, text, AT)
  db.close()
}

describe('the splitter version migration', () => {
  it('marks pages already stored as split before versions, and re-import re-splits them', () => {
    expect(BEFORE).toBeGreaterThan(0)
    const file = join(temp.seeds, readdirSync(temp.seeds).sort()[0])
    const dir = join(temp.dir, 'old')
    const fresh = openLibrary(join(temp.dir, 'fresh'))
    fresh.importPaths([file])
    const titles = fresh.listStories().map((story) => story.title)
    fresh.close()
    expect(titles.length).toBeGreaterThan(1)

    mkdirSync(dir)
    oldLibrary(dir, file)
    const library = openLibrary(dir)
    try {
      const db = new BetterSqlite3(join(dir, LIBRARY_FILE), { readonly: true })
      expect(db.prepare('SELECT id, splitter_version FROM sources').all()).toEqual([
        { id: 1, splitter_version: 0 },
      ])
      db.close()
      expect(library.listStories().map((story) => story.title)).toEqual(['整版'])

      const report = library.importPaths([file])
      // The whole-page story matches none of the new ones by text or headline: it goes.
      expect(report).toMatchObject({ files: 1, stories: titles.length, added: titles.length })
      expect(report.removed).toBe(1)
      expect(library.listStories().map((story) => story.title)).toEqual(titles)
    } finally {
      library.close()
    }
    const db = new BetterSqlite3(join(dir, LIBRARY_FILE), { readonly: true })
    expect(db.prepare('SELECT splitter_version FROM sources').pluck().all()).toEqual([
      SPLITTER_VERSION,
    ])
    db.close()
  })
})
