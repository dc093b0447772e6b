import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIGRATIONS, type Migration } from '../../src/main/core/db/migrations'
import { openDatabase } from '../../src/main/core/db/openDatabase'
import { runMigrations } from '../../src/main/core/db/runMigrations'

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-migrations-'))
  file = join(dir, 'library.sqlite3')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const tables = (db: BetterSqlite3.Database): string[] =>
  db
    .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all()

describe('migrations', () => {
  it('bring a fresh database to the latest user_version with WAL and foreign keys on', () => {
    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(tables(db)).toEqual([
      'collection_items',
      'collections',
      'corrections',
      'highlight_tags',
      'highlights',
      'library_generation',
      'page_names',
      'reading_state',
      'search_blocks',
      'search_docs',
      'search_epoch',
      'search_index_gen',
      'search_pending',
      'search_segments',
      'settings',
      'sources',
      'stories',
      'story_docs',
      'story_notes',
      'story_tags',
      'tags',
      'undo_log',
    ])
    db.close()
  })

  it('upgrade a version 1 library with data, keeping the data', () => {
    const v1 = new BetterSqlite3(file)
    runMigrations(v1, MIGRATIONS.slice(0, 1))
    expect(v1.pragma('user_version', { simple: true })).toBe(1)
    v1.exec(`
      INSERT INTO sources (id, name, path, content_hash, encoding, format, imported_at, size)
        VALUES (1, 'a.txt', '/tmp/a.txt', 'h', 'utf-8', 'text', '2024-01-01T00:00:00.000Z', 10);
      INSERT INTO stories (id, source_id, position, title, is_title_derived, byline, kind,
        original_text, body, text_hash, created_at)
        VALUES ('abc', 1, 0, '标题', 0, NULL, 'article', '原文', '正文', 'th', '2024-01-01T00:00:00.000Z');
    `)
    v1.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(db.prepare('SELECT id, title, body FROM stories').all()).toEqual([
      { id: 'abc', title: '标题', body: '正文' },
    ])
    db.prepare("INSERT INTO reading_state (story_id, is_read) VALUES ('abc', 1)").run()
    // Deleting the source still cascades through the new table.
    db.prepare('DELETE FROM sources WHERE id = 1').run()
    expect(db.prepare('SELECT COUNT(*) AS n FROM reading_state').get()).toEqual({ n: 0 })
    db.close()
  })

  it('upgrade a version 2 library with read state to annotations, keeping it', () => {
    const v2 = new BetterSqlite3(file)
    runMigrations(v2, MIGRATIONS.slice(0, 2))
    v2.exec(`
      INSERT INTO sources (id, name, path, content_hash, encoding, format, imported_at, size)
        VALUES (1, 'a.txt', '/tmp/a.txt', 'h', 'utf-8', 'text', '2024-01-01T00:00:00.000Z', 10);
      INSERT INTO stories (id, source_id, position, title, is_title_derived, byline, kind,
        original_text, body, text_hash, created_at)
        VALUES ('abc', 1, 0, '标题', 0, NULL, 'article', '原文', '正文', 'th', '2024-01-01T00:00:00.000Z');
      INSERT INTO reading_state (story_id, is_read, progress) VALUES ('abc', 1, 0.5);
    `)
    v2.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(db.prepare('SELECT is_read, progress, is_favorite FROM reading_state').get()).toEqual({
      is_read: 1,
      progress: 0.5,
      is_favorite: 0,
    })
    db.exec(`INSERT INTO highlights (id, story_id, color, exact, prefix, suffix, start, end,
      created_at, updated_at) VALUES ('h', 'abc', 'yellow', '正文', '', '', 0, 2, 't', 't')`)
    // A highlight never disappears with its story by accident: the delete is refused.
    expect(() => db.prepare("DELETE FROM stories WHERE id = 'abc'").run()).toThrow(/FOREIGN KEY/)
    db.close()
  })

  it('leave the database at the previous version when a migration fails, and throw', () => {
    const broken: Migration = {
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x INTEGER)')
        throw new Error('boom')
      },
    }
    const db = openDatabase(file)
    expect(() => runMigrations(db, [...MIGRATIONS, broken])).toThrow(
      new RegExp(`migration ${MIGRATIONS.length + 1} \\(broken\\) failed: boom`),
    )
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(tables(db)).not.toContain('half_done')
    db.close()
  })

  it('refuse a library written by a newer version', () => {
    const db = new BetterSqlite3(file)
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`)
    db.close()
    expect(() => openDatabase(file)).toThrow(/newer than this Inkstone/)
  })
})
