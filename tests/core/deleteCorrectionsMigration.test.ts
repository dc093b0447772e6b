import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import { tempDir } from './tempDir'

const rowsOf = (file: string) => {
  const db = new Database(file, { readonly: true })
  try {
    return db.prepare('SELECT * FROM corrections ORDER BY id').all()
  } finally {
    db.close()
  }
}

describe('migration 8: story deletions kept as corrections', () => {
  const temp = tempDir('delete-corrections', true)
  afterEach(() => temp.remove())

  it('upgrades a version 7 library: its corrections keep their ids, and deleting a story sticks', () => {
    const dir = join(temp.dir, 'library')
    const file = join(dir, LIBRARY_FILE)
    const library = openLibrary(dir)
    library.importPaths([temp.seeds])
    const [first, second] = library.listStories({ sort: 'position' })
    library.setTitle(first.id, '改过的标题')
    library.setTitle(second.id, '又改一次')
    library.close()
    const corrections = rowsOf(file)
    expect(corrections).toHaveLength(2)

    // The corrections table as version 7 left it: its CHECK knows no 'delete'.
    const db = new Database(file)
    db.exec(`
      CREATE TABLE corrections_v7 (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('split', 'merge', 'title')),
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      INSERT INTO corrections_v7 SELECT * FROM corrections;
      DROP TABLE corrections;
      ALTER TABLE corrections_v7 RENAME TO corrections;
      CREATE INDEX corrections_by_source ON corrections(source_id, id);
      PRAGMA user_version = 7;
    `)
    expect(() =>
      db.prepare("INSERT INTO corrections VALUES (99, 1, 'delete', '{}', 'now')").run(),
    ).toThrow(/CHECK/)
    db.close()

    const upgraded = openLibrary(dir)
    try {
      expect(rowsOf(file)).toEqual(corrections)
      const third = upgraded.listStories({ sort: 'position' })[2]
      upgraded.deleteStory(third.id)
      expect(rowsOf(file).map((row) => (row as { kind: string }).kind)).toEqual([
        'title',
        'title',
        'delete',
      ])
      upgraded.resplitPages()
      expect(upgraded.getStory(third.id)).toBeNull()
      expect(upgraded.getStory(first.id)?.title).toBe('改过的标题')
    } finally {
      upgraded.close()
    }
    const check = new Database(file, { readonly: true })
    try {
      expect(check.pragma('foreign_key_check')).toEqual([])
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      check.close()
    }
  })
})
