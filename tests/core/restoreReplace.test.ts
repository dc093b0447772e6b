import { existsSync, readdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { storyTitled } from './libraryFixture'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
const open: Library[] = []
const openIn = (name: string): Library => {
  const library = openLibrary(join(temp.dir, name))
  open.push(library)
  return library
}
beforeEach(() => {
  temp = tempDir('restore-replace', true)
})
afterEach(() => {
  for (const library of open.splice(0)) library.close()
  temp.remove()
})

const TABLES = [
  'sources',
  'stories',
  'reading_state',
  'settings',
  'tags',
  'story_tags',
  'highlights',
  'highlight_tags',
  'story_notes',
  'collections',
  'collection_items',
  'corrections',
  'undo_log',
]

/** Every row of the reader's tables in a database file, ids and all. */
const rowsOf = (file: string): Record<string, unknown[]> => {
  const db = new BetterSqlite3(file, { readonly: true })
  try {
    return Object.fromEntries(
      TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]),
    )
  } finally {
    db.close()
  }
}

const annotate = (library: Library, word: string): void => {
  const story = library.getStory(library.listStories()[0].id)!
  library.createHighlight(story.id, { start: 0, end: 4, color: 'green', note: word, tags: [word] })
  library.saveNote(story.id, `${word} note`)
  library.addToCollection(library.createCollection(word).id, [story.id])
  library.setFavorite(story.id, true)
  library.updateSettings({ theme: 'dark' })
}

describe('restore, replace', () => {
  it("leaves exactly the backup's rows, after a safety backup of what was there", () => {
    const a = openIn('a')
    a.importPaths([SEED_DIR])
    annotate(a, '甲')
    a.mergeWithNext(a.listStories()[0].id)
    const file = a.backup(join(temp.dir, 'a.inkstone-backup')).path
    const wanted = rowsOf(join(a.dir, LIBRARY_FILE))

    const b = openIn('b')
    b.importPaths([join(temp.seeds, readdirSync(temp.seeds)[0])])
    annotate(b, '乙')
    const before = rowsOf(join(b.dir, LIBRARY_FILE))

    const report = b.restore(file, 'replace')
    expect(report).toMatchObject({
      mode: 'replace',
      pages: { added: 5, updated: 0, kept: 0 },
      stories: { added: a.listStories().length },
      highlights: { added: 1 },
      notes: { added: 1 },
      tags: { added: 1 },
      collections: { added: 1 },
    })
    expect(rowsOf(join(b.dir, LIBRARY_FILE))).toEqual(wanted)
    // The library as it was, in its own backups folder.
    const safety = report.safetyBackup!
    expect(dirname(safety)).toBe(join(b.dir, 'backups'))
    expect(basename(safety)).toMatch(/^before-restore-\d{8}T\d{9}Z\.inkstone-backup$/)
    expect(rowsOf(safety)).toEqual(before)
    expect(readdirSync(join(b.dir, 'backups'))).toEqual([basename(safety)])

    // The open library carries on: it reads, searches and writes the restored rows.
    const story = storyTitled(b, '困难职工帮扶民生工程')
    expect(b.listHighlights().map((highlight) => highlight.note)).toEqual(['甲'])
    expect(b.getSettings().theme).toBe('dark')
    expect(b.search('疗休养').map((hit) => hit.id)).toContain(story.id)
    expect(b.maintain()).toBe(true)
    expect(b.search('疗休养').map((hit) => hit.id)).toContain(story.id)
    const tagged = b.listHighlights()[0].storyId
    b.addTags([tagged], ['之后'])
    expect(b.getStory(tagged)!.tags.map((tag) => tag.name)).toEqual(['之后'])
    expect(b.listHighlights()[0].tags.map((tag) => tag.name)).toEqual(['甲'])
    const db = new BetterSqlite3(join(b.dir, LIBRARY_FILE), { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
    db.close()
  })

  it('restores the safety backup to undo a replace', () => {
    const a = openIn('a')
    a.importPaths([SEED_DIR])
    const b = openIn('b')
    b.importPaths([SEED_DIR])
    annotate(b, '乙')
    const before = rowsOf(join(b.dir, LIBRARY_FILE))
    const { safetyBackup } = b.restore(
      a.backup(join(temp.dir, 'a.inkstone-backup')).path,
      'replace',
    )
    expect(b.listHighlights()).toEqual([])
    b.restore(safetyBackup!, 'replace')
    expect(rowsOf(join(b.dir, LIBRARY_FILE))).toEqual(before)
    expect(existsSync(safetyBackup!)).toBe(true)
  })

  it('takes the safety backup again when another connection wrote while it was taken', () => {
    const a = openIn('a')
    a.importPaths([SEED_DIR])
    const file = a.backup(join(temp.dir, 'a.inkstone-backup')).path
    // The clock is read as the restore starts and as each safety backup is named: another
    // connection (the app beside the CLI) commits at the first two readings, the second one
    // after the restore noted the library's state, so the safety backup is taken again.
    const dir = join(temp.dir, 'b')
    let readings = 0
    let other: Library | null = null
    const b = openLibrary(dir, {
      now: () => {
        if (other && ++readings <= 2) other.createCollection(`meanwhile ${readings}`)
        return new Date()
      },
    })
    open.push(b)
    b.importPaths([SEED_DIR])
    other = openIn('b')
    const { safetyBackup } = b.restore(file, 'replace')
    expect(readings).toBe(3)
    expect(readdirSync(join(dir, 'backups'))).toEqual([basename(safetyBackup!)])
    const names = (rowsOf(safetyBackup!).collections as Array<{ name: string }>).map(
      (row) => row.name,
    )
    expect(names).toEqual(['meanwhile 1', 'meanwhile 2'])
    expect(b.listCollections()).toEqual([])
  })

  it('keeps the last 7 safety backups', () => {
    const a = openIn('a')
    a.importPaths([SEED_DIR])
    const file = a.backup(join(temp.dir, 'a.inkstone-backup')).path
    const b = openIn('b')
    const safety: string[] = []
    for (let round = 0; round < 9; round++) safety.push(b.restore(file, 'replace').safetyBackup!)
    const kept = readdirSync(join(b.dir, 'backups')).sort()
    expect(kept).toEqual(
      safety
        .slice(2)
        .map((path) => basename(path))
        .sort(),
    )
  })
})
