import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { SourceId } from '../../src/shared/ids'
import { LIBRARY_FILE } from '../../src/main/core/library/openLibrary'
import { SPLITTER_VERSION } from '../../src/main/core/split/splitterVersion'
import { runCliIn } from './cliHarness'
import { spanOf, useSeededLibrary } from './libraryFixture'
import { mergeFirstTwo as mergeFirstTwoIn } from './olderSplit'

const seeded = useSeededLibrary()

const withDb = <T>(fn: (db: BetterSqlite3.Database) => T): T => {
  const db = new BetterSqlite3(join(seeded.library().dir, LIBRARY_FILE))
  try {
    return fn(db)
  } finally {
    db.close()
  }
}

const generation = (): number =>
  withDb((db) => db.prepare('SELECT value FROM library_generation').pluck().get() as number)

const versionOf = (id: SourceId): number =>
  withDb(
    (db) =>
      db.prepare('SELECT splitter_version FROM sources WHERE id = ?').pluck().get(id) as number,
  )

// Test-only: says an older splitter stored the page.
const storedBy = (id: SourceId, version: number): void =>
  withDb((db) => {
    db.prepare('UPDATE sources SET splitter_version = ? WHERE id = ?').run(version, id)
  })

const mergeFirstTwo = (sourceId: SourceId): void =>
  mergeFirstTwoIn(join(seeded.library().dir, LIBRARY_FILE), sourceId)

const pageWithStories = () => {
  const library = seeded.library()
  const page = library.listSources().find((source) => source.storyCount >= 3)!
  const titles = library.listStories({ sourceId: page.id }).map((story) => story.title)
  return { library, page, titles }
}

describe('importing the same bytes again', () => {
  it('stamps every page it stores with the current splitter version', () => {
    for (const page of seeded.library().listSources())
      expect(versionOf(page.id)).toBe(SPLITTER_VERSION)
  })

  it('re-splits a page an older splitter stored, keeping its highlights and tags', () => {
    const { library, page, titles } = pageWithStories()
    mergeFirstTwo(page.id)
    storedBy(page.id, SPLITTER_VERSION - 1)
    const merged = library.getStory(library.listStories({ sourceId: page.id })[0].id)!
    // A passage from the second half: after the re-split it belongs to the second story.
    const quote = Array.from(merged.body.split('\n\n').at(-1)!).slice(0, 8).join('')
    const highlight = library.createHighlight(merged.id, {
      ...spanOf(merged.body, quote),
      color: 'green',
    })
    library.addTags([merged.id], ['待核'])

    const report = library.importPaths([seeded.seeds()])
    expect(report).toMatchObject({ added: 1, removed: 0, orphaned: 0, reanchored: 1 })
    // The merged story is updated in place, not counted as unchanged.
    expect(report.stories - report.added - report.unchanged).toBe(1)
    const after = library.listStories({ sourceId: page.id })
    expect(after.map((story) => story.title)).toEqual(titles)
    const moved = library.listHighlights({}).find((item) => item.id === highlight.id)!
    expect(moved).toMatchObject({ isOrphan: false, storyId: after[1].id })
    expect(moved.quote.exact).toBe(quote)
    expect(after[0].tags.map((tag) => tag.name)).toContain('待核')
    expect(library.search(quote).map((hit) => hit.id)).toContain(after[1].id)
    expect(versionOf(page.id)).toBe(SPLITTER_VERSION)

    // Stamped: the next import of the same bytes leaves the page alone.
    const before = generation()
    const again = library.importPaths([seeded.seeds()])
    expect(again).toMatchObject({ added: 0, removed: 0, unchanged: again.stories })
    expect(generation()).toBe(before)
  })

  it('leaves a page stored by the current splitter as it is', () => {
    const { library, page, titles } = pageWithStories()
    mergeFirstTwo(page.id)
    const before = generation()
    const report = library.importPaths([seeded.seeds()])
    expect(report).toMatchObject({ added: 0, removed: 0, unchanged: report.stories })
    expect(library.listStories({ sourceId: page.id })).toHaveLength(titles.length - 1)
    expect(generation()).toBe(before)
  })

  it('only stamps a page an older splitter split the same way', () => {
    const { library, page } = pageWithStories()
    storedBy(page.id, 0)
    const before = generation()
    const report = library.importPaths([seeded.seeds()])
    expect(report).toMatchObject({ added: 0, removed: 0, unchanged: report.stories })
    expect(generation()).toBe(before)
    expect(versionOf(page.id)).toBe(SPLITTER_VERSION)
  })

  it('replays the reader’s corrections on the new split', () => {
    const { library, page, titles } = pageWithStories()
    const last = library.listStories({ sourceId: page.id }).at(-1)!
    library.setTitle(last.id, '读者改过的标题')
    mergeFirstTwo(page.id)
    storedBy(page.id, 0)
    library.importPaths([seeded.seeds()])
    const after = library.listStories({ sourceId: page.id }).map((story) => story.title)
    expect(after).toEqual([...titles.slice(0, -1), '读者改过的标题'])
  })

  it('says so on the command line', () => {
    const { library, page } = pageWithStories()
    mergeFirstTwo(page.id)
    storedBy(page.id, 0)
    const result = runCliIn(seeded.dir(), ['import', seeded.seeds(), '--library', library.dir])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^Imported \d+ files: \d+ stories \(1 added, 1 updated, 0 removed/,
    )
  })
})
