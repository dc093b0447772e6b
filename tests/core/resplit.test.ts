import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { LIBRARY_FILE } from '../../src/main/core/library/openLibrary'
import { runCliIn } from './cliHarness'
import { spanOf, useSeededLibrary } from './libraryFixture'
import { mergeFirstTwo as mergeFirstTwoIn } from './olderSplit'

const seeded = useSeededLibrary()

const generation = (db: BetterSqlite3.Database): number =>
  db.prepare('SELECT value FROM library_generation').pluck().get() as number

const withDb = <T>(fn: (db: BetterSqlite3.Database) => T): T => {
  const db = new BetterSqlite3(join(seeded.library().dir, LIBRARY_FILE))
  try {
    return fn(db)
  } finally {
    db.close()
  }
}

const mergeFirstTwo = (sourceId: number): void =>
  mergeFirstTwoIn(join(seeded.library().dir, LIBRARY_FILE), sourceId)

describe('resplit', () => {
  it('writes nothing when the current splitter splits every page as stored', () => {
    const library = seeded.library()
    const before = withDb(generation)
    const report = library.resplitPages()
    expect(report.files).toBe(library.listSources().length)
    expect(report.added + report.removed).toBe(0)
    expect(withDb(generation)).toBe(before)
  })

  it('re-splits a page stored by an older splitter from its kept text, keeping highlights and tags', () => {
    const library = seeded.library()
    const page = library.listSources().find((source) => source.storyCount >= 3)!
    const titles = library.listStories({ sourceId: page.id }).map((story) => story.title)
    mergeFirstTwo(page.id)
    const merged = library.getStory(library.listStories({ sourceId: page.id })[0].id)!
    expect(library.listStories({ sourceId: page.id })).toHaveLength(titles.length - 1)
    // A passage from the second half: after the re-split it belongs to the second story.
    const quote = Array.from(merged.body.split('\n\n').at(-1)!).slice(0, 8).join('')
    const highlight = library.createHighlight(merged.id, {
      ...spanOf(merged.body, quote),
      color: 'green',
    })
    library.addTags([merged.id], ['待核'])

    const report = library.resplitPages()
    expect(report.orphaned).toBe(0)
    const after = library.listStories({ sourceId: page.id })
    expect(after.map((story) => story.title)).toEqual(titles)
    const moved = library.listHighlights({}).find((item) => item.id === highlight.id)!
    expect(moved.quote.exact).toBe(quote)
    expect(moved.isOrphan).toBe(false)
    expect(library.getStory(moved.storyId)!.body).toContain(quote)
    expect(after.some((story) => story.tags.some((tag) => tag.name === '待核'))).toBe(true)
    expect(library.search(quote).map((hit) => hit.id)).toContain(moved.storyId)
  })

  it('re-splits a page imported before pages kept their text, from its stories', () => {
    const library = seeded.library()
    const page = library.listSources().find((source) => source.storyCount >= 3)!
    const count = page.storyCount
    mergeFirstTwo(page.id)
    withDb((db) => db.prepare('UPDATE sources SET text = NULL WHERE id = ?').run(page.id))
    library.resplitPages()
    expect(library.listStories({ sourceId: page.id })).toHaveLength(count)
  })

  it('is a CLI command', () => {
    const library = seeded.library()
    const page = library.listSources().find((source) => source.storyCount >= 3)!
    mergeFirstTwo(page.id)
    const dir = library.dir
    const result = runCliIn(seeded.dir(), ['resplit', '--library', dir])
    expect(result.stdout).toMatch(/^Re-split \d+ files: \d+ stories \(1 added, 1 updated/)
    const json = JSON.parse(runCliIn(seeded.dir(), ['resplit', '--json', '--library', dir]).stdout)
    expect(json).toMatchObject({ added: 0, removed: 0 })
  })
})
