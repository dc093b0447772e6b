import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { applyCorrections } from '../../src/main/core/corrections/applyCorrections'
import { LIBRARY_FILE } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import type { Source } from '../../src/shared/types'
import { useSeededLibrary } from './libraryFixture'

const seeded = useSeededLibrary()

const withDb = <T>(fn: (db: BetterSqlite3.Database) => T): T => {
  const db = new BetterSqlite3(join(seeded.library().dir, LIBRARY_FILE))
  try {
    return fn(db)
  } finally {
    db.close()
  }
}

/** A page with at least three stories, its second story (the one deleted) and its opening. */
const pickStory = (library: Library) => {
  const page = library.listSources().find((source) => source.storyCount >= 3)!
  const second = library.listStories({ sourceId: page.id, sort: 'position' })[1]
  const story = library.getStory(second.id)!
  return { page, story, opening: story.body.slice(0, 30) }
}

/** The page's stories as the app lists them, by id and opening. */
const storiesOf = (library: Library, page: Source) =>
  library
    .listStoryIds({ sourceId: page.id, sort: 'position' })
    .map((id) => ({ id, opening: library.getStory(id)!.body.slice(0, 30) }))

/** The page's file changes on disk (a paragraph added at its end) and is imported again. */
const changeAndReimport = (library: Library, page: Source): void => {
  const file = page.path!
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n\n补记\n\n会议还就明年的重点工作作了安排。\n`)
  library.importPaths([seeded.seeds()])
  const now = library.listSources().find((source) => source.id === page.id)!
  expect(now.contentHash).not.toBe(page.contentHash)
}

describe('a deleted story stays deleted', () => {
  it('when its page is imported again with changes', () => {
    const library = seeded.library()
    const { page, story, opening } = pickStory(library)
    library.deleteStory(story.id)
    const kept = storiesOf(library, page)

    changeAndReimport(library, page)
    const after = storiesOf(library, page)
    expect(after.map((s) => s.opening)).not.toContain(opening)
    expect(after.map((s) => s.id)).not.toContain(story.id)
    // The other stories stay what they were, in order.
    expect(after.map((s) => s.id).slice(0, kept.length - 1)).toEqual(
      kept.map((s) => s.id).slice(0, kept.length - 1),
    )
    expect(library.search(story.title).map((hit) => hit.id)).not.toContain(story.id)
  })

  it('when the library is re-split, which then finds the page unchanged', () => {
    const library = seeded.library()
    const { page, story, opening } = pickStory(library)
    library.deleteStory(story.id)
    const kept = storiesOf(library, page)

    const report = library.resplitPages()
    expect(report.added).toBe(0)
    expect(storiesOf(library, page)).toEqual(kept)
    expect(storiesOf(library, page).map((s) => s.opening)).not.toContain(opening)
  })

  it('when importing the same bytes re-splits a page an older splitter stored', () => {
    const library = seeded.library()
    const { page, story, opening } = pickStory(library)
    library.deleteStory(story.id)
    withDb((db) => db.prepare('UPDATE sources SET splitter_version = 0').run())

    library.importPaths([seeded.seeds()])
    expect(storiesOf(library, page).map((s) => s.opening)).not.toContain(opening)
    expect(library.getStory(story.id)).toBeNull()
  })

  it('until undone: undo brings the story back and a later re-import keeps it', () => {
    const library = seeded.library()
    const { page, story } = pickStory(library)
    const before = storiesOf(library, page)
    library.deleteStory(story.id)
    library.undo()
    expect(storiesOf(library, page)).toEqual(before)
    expect(withDb((db) => db.prepare('SELECT count(*) FROM corrections').pluck().get())).toBe(0)

    changeAndReimport(library, page)
    expect(library.getStory(story.id)?.body).toBe(story.body)
    expect(storiesOf(library, page).slice(0, before.length)).toEqual(before)
    library.resplitPages()
    expect(library.getStory(story.id)?.body).toBe(story.body)
  })

  it('can be undone after the page was re-imported meanwhile', () => {
    const library = seeded.library()
    const { page, story } = pickStory(library)
    library.deleteStory(story.id)
    changeAndReimport(library, page)
    library.undo()
    expect(library.getStory(story.id)?.body).toBe(story.body)
    library.resplitPages()
    expect(library.getStory(story.id)?.body).toBe(story.body)
  })
})

describe('replaying a deletion', () => {
  const story = (title: string, body: string) => ({
    title,
    isTitleDerived: false,
    byline: null,
    kind: 'article' as const,
    originalText: body,
    body,
  })

  it('leaves out the story that opens alike and has its headline, else the first that opens alike', () => {
    const split = [
      story('甲', '同样的开头，第一篇'),
      story('乙', '同样的开头，第二篇'),
      story('丙', '别的'),
    ]
    const named = applyCorrections(split, [
      { kind: 'delete', storyOpening: '同样的开头', title: '乙' },
    ])
    expect(named.map((s) => s.title)).toEqual(['甲', '丙'])
    const renamed = applyCorrections(split, [
      { kind: 'delete', storyOpening: '同样的开头', title: '改过' },
    ])
    expect(renamed.map((s) => s.title)).toEqual(['乙', '丙'])
  })

  it('finds a story with no text by its headline only, and passes over one no longer there', () => {
    const split = [story('图片', ''), story('乙', '正文')]
    expect(
      applyCorrections(split, [{ kind: 'delete', storyOpening: '', title: '图片' }]).map(
        (s) => s.title,
      ),
    ).toEqual(['乙'])
    expect(applyCorrections(split, [{ kind: 'delete', storyOpening: '', title: '没有' }])).toEqual(
      split,
    )
  })
})
