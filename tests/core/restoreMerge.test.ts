import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import type { HighlightId } from '../../src/shared/ids'
import { paragraphsOf } from '../../src/shared/text/paragraphs'
import { spanOf, storyTitled } from './libraryFixture'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let time = Date.UTC(2025, 0, 1)
const open: Library[] = []
const openAt = (name: string): Library => {
  const library = openLibrary(join(temp.dir, name), { now: () => new Date(time) })
  open.push(library)
  return library
}
const later = (): void => void (time += 60_000)

beforeEach(() => {
  temp = tempDir('restore-merge')
})
afterEach(() => {
  for (const library of open.splice(0)) library.close()
  temp.remove()
})

const noteOf = (library: Library, id: HighlightId) =>
  library.listHighlights().find((highlight) => highlight.id === id)?.note

/** Every row of the reader's tables, for "nothing changed". */
const contents = (library: Library): string => {
  const db = new BetterSqlite3(join(library.dir, LIBRARY_FILE), { readonly: true })
  try {
    const tables = ['sources', 'stories', 'reading_state', 'settings', 'tags', 'story_tags']
    tables.push('highlights', 'highlight_tags', 'story_notes', 'collections', 'collection_items')
    return JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM ${table}`).all()))
  } finally {
    db.close()
  }
}

describe('restore, merge', () => {
  it('keeps the newer of two versions, adds what is missing, and never deletes', () => {
    const a = openAt('a')
    a.importPaths([SEED_DIR])
    const story = storyTitled(a, '困难职工帮扶民生工程')
    const at = (quote: string) => spanOf(story.body, quote)
    const h1 = a.createHighlight(story.id, { ...at('疗休养'), color: 'green', note: 'v1' })
    const h2 = a.createHighlight(story.id, { ...at('职工'), color: 'blue', note: 'v1' })
    a.saveNote(story.id, 'story note v1')
    // b is the same library on another machine: a merge of a's backup into an empty library.
    const b = openAt('b')
    const first = b.restore(a.backup(join(temp.dir, 'first.inkstone-backup')).path, 'merge')
    expect(first.highlights).toEqual({ added: 2, updated: 0, kept: 0 })
    expect(b.listStories().map((s) => s.id)).toEqual(a.listStories().map((s) => s.id))

    later()
    b.updateHighlight(h1.id, { note: 'b, older' })
    b.saveNote(story.id, 'b note, older')
    const onlyInB = b.createHighlight(story.id, { ...at('民生'), color: 'pink', note: 'b only' })
    later()
    a.updateHighlight(h1.id, { note: 'a, newer', color: 'yellow' })
    a.saveNote(story.id, 'a note, newer')
    const onlyInA = a.createHighlight(story.id, { ...at('帮扶'), color: 'pink', tags: ['摘录'] })
    const other = a.listStories().find((s) => s.id !== story.id)!
    a.addTags([other.id], ['工会'])
    a.addToCollection(a.createCollection('周末读').id, [other.id, story.id])
    a.setFavorite(other.id, true)
    later()
    b.updateHighlight(h2.id, { note: 'b, newest' })

    const file = a.backup(join(temp.dir, 'second.inkstone-backup')).path
    const before = contents(b)
    const dry = b.restore(file, 'dryRun')
    expect(contents(b)).toBe(before)
    const merged = b.restore(file, 'merge')
    expect({ ...merged, mode: 'dryRun' }).toEqual(dry)
    expect(merged).toMatchObject({
      mode: 'merge',
      highlights: { added: 1, updated: 1, kept: 1 },
      notes: { added: 0, updated: 1, kept: 0 },
      tags: { added: 2, updated: 0, kept: 0 },
      collections: { added: 1, updated: 0, kept: 0 },
      pages: { added: 0, updated: 0, kept: 5 },
      safetyBackup: null,
    })
    expect(noteOf(b, h1.id)).toBe('a, newer')
    expect(b.listHighlights().find((h) => h.id === h1.id)?.color).toBe('yellow')
    expect(noteOf(b, h2.id)).toBe('b, newest')
    expect(noteOf(b, onlyInB.id)).toBe('b only')
    expect(b.listHighlights().find((h) => h.id === onlyInA.id)).toMatchObject({
      quote: onlyInA.quote,
      position: onlyInA.position,
      tags: [{ name: '摘录' }],
    })
    expect(b.getNote(story.id)?.markdown).toBe('a note, newer')
    expect(b.getStory(other.id)).toMatchObject({ isFavorite: true, tags: [{ name: '工会' }] })
    const [collection] = b.listCollections()
    expect(collection).toMatchObject({ name: '周末读', storyCount: 2 })

    // The same backup again changes nothing.
    const settled = contents(b)
    const again = b.restore(file, 'merge')
    expect(again.highlights).toEqual({ added: 0, updated: 0, kept: 3 })
    expect(again.stories.added + again.pages.added + again.tags.added).toBe(0)
    expect(contents(b)).toBe(settled)
  })

  it('matches pages by content and tags and collections by name across two libraries', () => {
    const a = openAt('a')
    a.importPaths([SEED_DIR])
    const c = openAt('c')
    c.importPaths([SEED_DIR])
    c.createCollection('只在 c')
    c.addTags([c.listStories()[0].id], ['共有'])
    const inA = storyTitled(a, '困难职工帮扶民生工程')
    const span = spanOf(inA.body, '疗休养')
    const highlight = a.createHighlight(inA.id, { ...span, color: 'green', note: '好' })
    a.addTags([inA.id], ['共有'])
    a.addToCollection(a.createCollection('只在 a').id, [inA.id])

    const report = c.restore(a.backup(join(temp.dir, 'a.inkstone-backup')).path, 'merge')
    expect(report).toMatchObject({
      pages: { added: 0, kept: 5 },
      stories: { added: 0, kept: a.listStories().length },
      highlights: { added: 1 },
      tags: { added: 0, kept: 1 },
      collections: { added: 1, kept: 0 },
    })
    // Stories are random ids in each library: c's own story holds the highlight, none is doubled.
    const inC = storyTitled(c, '困难职工帮扶民生工程')
    expect(c.listStories()).toHaveLength(a.listStories().length)
    expect(c.listHighlights({ storyId: inC.id })).toMatchObject([
      { id: highlight.id, position: span, note: '好', isOrphan: false },
    ])
    expect(c.getStory(inC.id)!.tags.map((tag) => tag.name)).toEqual(['共有'])
    const collections = c.listCollections().map((item) => [item.name, item.storyCount])
    expect(collections.sort()).toEqual([
      ['只在 a', 1],
      ['只在 c', 0],
    ])
  })

  it('adds the pages the library lacks, whose stories are then found by search', () => {
    const a = openAt('a')
    a.importPaths([SEED_DIR])
    const story = storyTitled(a, '困难职工帮扶民生工程')
    a.createHighlight(story.id, { ...spanOf(story.body, '疗休养'), color: 'green' })
    const empty = openAt('empty')
    expect(empty.search('疗休养')).toEqual([])
    const report = empty.restore(a.backup(join(temp.dir, 'a.inkstone-backup')).path, 'merge')
    expect(report.pages).toEqual({ added: 5, updated: 0, kept: 0 })
    expect(report.stories.added).toBe(a.listStories().length)
    const found = (library: Library) =>
      library
        .search('疗休养')
        .map((hit) => hit.id)
        .sort()
    const wanted = found(a)
    expect(wanted).toContain(story.id)
    expect(found(empty)).toEqual(wanted)
    expect(empty.maintain()).toBe(true)
    expect(found(empty)).toEqual(wanted)
    expect(empty.listSources().map((page) => page.name)).toEqual(
      a.listSources().map((page) => page.name),
    )
  })

  it('re-homes what was attached to a story the library has merged into another since', () => {
    const a = openAt('a')
    a.importPaths([SEED_DIR])
    const b = openAt('b')
    b.restore(a.backup(join(temp.dir, 'first.inkstone-backup')).path, 'merge')
    const [first, second] = a.listStories({ sourceId: a.listSources()[0].id })
    const next = a.getStory(second.id)!
    const quote = Array.from(next.body).slice(2, 8).join('')
    const highlight = a.createHighlight(next.id, { ...spanOf(next.body, quote), color: 'blue' })
    a.saveNote(next.id, 'note on the second story')
    a.addTags([next.id], ['后来'])
    b.saveNote(first.id, 'note on the first story')
    b.mergeWithNext(first.id)
    expect(b.getStory(next.id)).toBeNull()

    const report = b.restore(a.backup(join(temp.dir, 'second.inkstone-backup')).path, 'merge')
    expect(report.stories.added).toBe(0)
    expect(b.getStory(next.id)).toBeNull()
    const merged = b.getStory(first.id)!
    const [placed] = b.listHighlights({ storyId: first.id })
    expect(placed).toMatchObject({ id: highlight.id, isOrphan: false, quote: { exact: quote } })
    expect(Array.from(merged.body).slice(placed.position.start, placed.position.end).join('')).toBe(
      quote,
    )
    expect(b.getNote(first.id)?.markdown).toBe(
      'note on the first story\n\nnote on the second story',
    )
    expect(merged.tags.map((tag) => tag.name)).toEqual(['后来'])
  })

  it('places a highlight made on a story the library has split since in the half that holds it', () => {
    const a = openAt('a')
    a.importPaths([SEED_DIR])
    const b = openAt('b')
    b.restore(a.backup(join(temp.dir, 'first.inkstone-backup')).path, 'merge')
    const story = storyTitled(a, '困难职工帮扶民生工程')
    const [, second] = paragraphsOf(story.body)
    const quote = Array.from(second).slice(0, 6).join('')
    const made = a.createHighlight(story.id, { ...spanOf(story.body, quote), color: 'pink' })
    const halves = b.splitStory(story.id, 1)

    const report = b.restore(a.backup(join(temp.dir, 'second.inkstone-backup')).path, 'merge')
    expect(report.highlights).toEqual({ added: 1, updated: 0, kept: 0 })
    const [placed] = b.listHighlights()
    expect(placed).toMatchObject({ id: made.id, storyId: halves.second, isOrphan: false })
    const body = b.getStory(halves.second)!.body
    expect(placed.position).toEqual(spanOf(body, quote))
  })

  it('changes nothing when it fails half-way', () => {
    const a = openAt('a')
    a.importPaths([SEED_DIR])
    a.addTags([a.listStories()[0].id], ['甲'])
    a.createHighlight(a.listStories()[0].id, { start: 0, end: 2, color: 'blue', note: 'boom' })
    const file = a.backup(join(temp.dir, 'a.inkstone-backup')).path
    const b = openAt('b')
    b.importPaths([join(SEED_DIR, readdirSync(SEED_DIR)[1])])
    // The library refuses the backup's highlight, which a merge writes after pages and tags.
    const db = new BetterSqlite3(join(b.dir, LIBRARY_FILE))
    db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON highlights WHEN new.note = 'boom'
      BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`)
    db.close()
    const before = contents(b)
    for (const mode of ['merge', 'dryRun', 'replace'] as const)
      expect(() => b.restore(file, mode)).toThrow(/refused by the test/)
    expect(contents(b)).toBe(before)
    expect(b.listStories().length).toBeLessThan(a.listStories().length)
  })
})
