import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import type { Library } from '../../src/main/core/library/types'
import type { SourceId, StoryId } from '../../src/shared/ids'
import { pageName } from '../../src/shared/pageName'
import { spanOf, useSeededLibrary } from './libraryFixture'

/** Everything a reader attached to one story, as the app shows it. */
const attachments = (library: Library, id: StoryId) => {
  const summary = library.storySummaries([id])[0]
  if (!summary) return null
  return {
    summary: {
      title: summary.title,
      isRead: summary.isRead,
      isFavorite: summary.isFavorite,
      tags: summary.tags.map((tag) => tag.name),
      highlightCount: summary.highlightCount,
    },
    highlights: library.listHighlights({ storyId: id }).map((h) => [h.quote, h.note, h.tags]),
    note: library.getNote(id)?.markdown ?? null,
    collections: library
      .listCollections()
      .filter((c) => library.listStoryIds({ collectionId: c.id }).includes(id))
      .map((c) => c.name),
  }
}

/** Annotates a story every way a reader can. */
const annotate = (library: Library, id: StoryId) => {
  const story = library.getStory(id)!
  const quote = Array.from(story.body).slice(2, 12).join('')
  library.createHighlight(id, {
    ...spanOf(story.body, quote),
    color: 'yellow',
    note: '要点',
    tags: ['摘录'],
  })
  library.saveNote(id, '读后记')
  library.addTags([id], ['工会'])
  library.setFavorite(id, true)
  library.setRead(id, true)
  const collection = library.createCollection('待读')
  library.addToCollection(collection.id, [id])
}

describe('deleting a story', () => {
  const seeded = useSeededLibrary()

  it('removes the story and all attached to it; undo gives every piece back', () => {
    const library = seeded.library()
    const [first, second, third] = library.listStories({ sort: 'position' })
    annotate(library, second.id)
    const before = attachments(library, second.id)
    const pageIds = library.listStoryIds({ sourceId: second.sourceId, sort: 'position' })

    const ticket = library.deleteStory(second.id)
    expect(ticket.action).toEqual({ code: 'deleteStory', params: { title: second.title } })
    expect(library.getStory(second.id)).toBeNull()
    expect(attachments(library, second.id)).toBeNull()
    expect(library.listHighlights().map((h) => h.storyId)).not.toContain(second.id)
    expect(library.listCollections()[0].storyCount).toBe(0)
    expect(library.search(second.title).map((hit) => hit.id)).not.toContain(second.id)
    // The neighbours stay, and merging the one before reaches the one after the gap.
    expect(library.getStory(first.id)).not.toBeNull()
    expect(library.getStory(third.id)).not.toBeNull()

    expect(library.undo()).toEqual(ticket)
    expect(attachments(library, second.id)).toEqual(before)
    expect(library.listStoryIds({ sourceId: second.sourceId, sort: 'position' })).toEqual(pageIds)
    library.refreshIndex()
    expect(library.search(second.title).map((hit) => hit.id)).toContain(second.id)
  })

  it('leaves a gap that merging steps over', () => {
    const library = seeded.library()
    const [first, second, third] = library.listStories({
      sourceId: library.listSources()[0].id,
      sort: 'position',
    })
    const thirdBody = library.getStory(third.id)!.body
    library.deleteStory(second.id)
    library.mergeWithNext(first.id)
    expect(library.getStory(third.id)).toBeNull()
    expect(library.getStory(first.id)!.body).toContain(thirdBody.slice(0, 20))
  })

  it('refuses an unknown story', () => {
    expect(() => seeded.library().deleteStory('nope' as StoryId)).toThrow(LibraryError)
  })
})

describe('deleting a page', () => {
  const seeded = useSeededLibrary()

  it('removes the page with its stories; undo restores page, stories and annotations', () => {
    const library = seeded.library()
    const page = library.listSources()[0]
    const ids = library.listStoryIds({ sourceId: page.id, sort: 'position' })
    annotate(library, ids[0])
    const before = attachments(library, ids[0])
    const count = library.listSources().length

    const ticket = library.deletePage(page.id)
    expect(ticket.action).toEqual({
      code: 'deletePage',
      params: { name: pageName(page), count: page.storyCount },
    })
    expect(library.listSources()).toHaveLength(count - 1)
    expect(ids.every((id) => library.getStory(id) === null)).toBe(true)
    expect(library.listHighlights()).toEqual([])

    library.undo()
    expect(library.listSources().find((source) => source.id === page.id)).toEqual(page)
    expect(library.listStoryIds({ sourceId: page.id, sort: 'position' })).toEqual(ids)
    expect(attachments(library, ids[0])).toEqual(before)
  })
})

describe('renaming a page', () => {
  const seeded = useSeededLibrary()
  const pageOf = (library: Library, id: SourceId) =>
    library.listSources().find((source) => source.id === id)!

  it('names the page, survives a re-import of its file, and undoes', () => {
    const library = seeded.library()
    const page = library.listSources()[0]
    const ownName = pageName(page)
    const ticket = library.renamePage(page.id, '  工会周报   第一期 ')
    expect(ticket.action).toEqual({
      code: 'renamePage',
      params: { from: ownName, to: '工会周报 第一期' },
    })
    expect(pageName(pageOf(library, page.id))).toBe('工会周报 第一期')

    // The file changes on disk and is imported again: the reader's name stays.
    const file = page.path!
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\n\n补记\n\n会议还就明年的重点工作作了安排。\n`,
    )
    library.importPaths([seeded.seeds()])
    expect(pageOf(library, page.id).contentHash).not.toBe(page.contentHash)
    expect(pageName(pageOf(library, page.id))).toBe('工会周报 第一期')

    library.undo()
    expect(pageOf(library, page.id).customName).toBeNull()
    expect(pageName(pageOf(library, page.id))).toBe(ownName)
  })

  it('goes back to the page’s own name when given an empty one, and refuses that otherwise', () => {
    const library = seeded.library()
    const page = library.listSources()[0]
    library.renamePage(page.id, '别名')
    library.renamePage(page.id, '   ')
    expect(pageOf(library, page.id).customName).toBeNull()
    expect(() => library.renamePage(page.id, '')).toThrow(LibraryError)
    library.undo()
    expect(pageOf(library, page.id).customName).toBe('别名')
  })

  it('names seed pages from their text rather than their file names', () => {
    const library = seeded.library()
    const names = library.listSources().map(pageName)
    expect(names.every((name) => !/^\d{3}_[0-9a-f]{16}$/.test(name))).toBe(true)
    expect(names.join('\n')).toMatch(/\p{sc=Han}/u)
  })
})
