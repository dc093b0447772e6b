import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { LIBRARY_FILE } from '../../src/main/core/library/openLibrary'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import type { ErrorDetail } from '../../src/shared/messages'
import { storyTitled, useSeededLibrary } from './libraryFixture'

const fixture = useSeededLibrary()

/** The detail a call fails with (it must fail with a LibraryError). */
const detailOf = (call: () => unknown): ErrorDetail | undefined => {
  try {
    call()
  } catch (error) {
    expect(error).toBeInstanceOf(LibraryError)
    return (error as LibraryError).detail
  }
  throw new Error('expected the call to fail')
}

describe('undoable actions are codes with parameters', () => {
  it('names tag, highlight and collection actions, and undo hands the same action back', () => {
    const library = fixture.library()
    const story = storyTitled(library, '困难职工')
    const tags = library.addTags([story.id], ['工会', '总工会', '其他'])
    const [union, federation, other] = ['工会', '总工会', '其他'].map((name) =>
      tags.find((tag) => tag.name === name)!,
    )
    expect(library.updateTag(other.id, { color: 'red' }).action).toEqual({
      code: 'recolorTag',
      params: { name: '其他' },
    })
    const merged = library.mergeTags([federation.id], union.id)
    expect(merged.action).toEqual({
      code: 'mergeTags',
      params: { names: ['总工会'], into: '工会' },
    })
    expect(library.undo(merged.id)).toEqual(merged)
    expect(library.deleteTag(other.id).action).toEqual({
      code: 'deleteTag',
      params: { name: '其他' },
    })

    const highlight = library.createHighlight(story.id, { start: 0, end: 30, color: 'yellow' })
    const deleted = library.deleteHighlight(highlight.id)
    expect(deleted.action).toEqual({
      code: 'deleteHighlight',
      params: { quote: Array.from(highlight.quote.exact).slice(0, 20).join('') },
    })

    const collection = library.createCollection('待读')
    expect(library.deleteCollection(collection.id).action).toEqual({
      code: 'deleteCollection',
      params: { name: '待读' },
    })
  })

  it('reads an undo row stored as plain English before actions were codes', () => {
    const library = fixture.library()
    const [story] = library.listStories()
    const [tag] = library.addTags([story.id], ['旧'])
    const ticket = library.deleteTag(tag.id)
    const db = new Database(join(fixture.dir(), 'library', LIBRARY_FILE))
    db.prepare('UPDATE undo_log SET label = ? WHERE id = ?').run('Deleted tag “旧”', ticket.id)
    db.close()
    expect(library.undo()).toEqual({
      id: ticket.id,
      action: { code: 'legacy', params: { label: 'Deleted tag “旧”' } },
    })
  })
})

describe('expected failures carry a detail the reader’s language can say', () => {
  it('names what was not found, and what was wrong with an argument', () => {
    const library = fixture.library()
    const story = storyTitled(library, '困难职工')
    expect(detailOf(() => library.setRead('nope' as never, true))).toEqual({
      key: 'storyNotFound',
      params: { id: 'nope' },
    })
    expect(detailOf(() => library.deleteTag(999 as never))).toEqual({
      key: 'tagNotFound',
      params: { id: 999 },
    })
    expect(detailOf(() => library.setTitle(story.id, '  '))).toEqual({ key: 'emptyHeadline' })
    const last = library.listStories({ sourceId: story.sourceId, sort: 'position' }).at(-1)!
    expect(detailOf(() => library.mergeWithNext(last.id))).toEqual({ key: 'lastStory' })
    library.createCollection('待读')
    expect(detailOf(() => library.createCollection('待读'))).toEqual({
      key: 'collectionNameTaken',
      params: { name: '待读' },
    })
    expect(detailOf(() => library.undo(12345 as never))).toEqual({
      key: 'undoNotFound',
      params: { id: 12345 },
    })
  })

  it('says why a replacing file was refused, as a skip reason', () => {
    const library = fixture.library()
    const [page] = library.listSources()
    const png = { name: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }
    expect(detailOf(() => library.replaceSource(page.id, png))).toEqual({
      key: 'fileRefused',
      params: { name: 'photo.png' },
      reason: { code: 'unsupportedType', params: { extension: '.png' } },
    })
    const binary = { name: 'fake.txt', bytes: new Uint8Array([0x41, 0, 0x42]) }
    expect(detailOf(() => library.replaceSource(page.id, binary))).toEqual({
      key: 'fileRefused',
      params: { name: 'fake.txt' },
      reason: { code: 'binary' },
    })
  })
})
