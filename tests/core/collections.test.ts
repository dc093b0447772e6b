import { describe, expect, it } from 'vitest'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { useSeededLibrary } from './libraryFixture'

const fixture = useSeededLibrary()

describe('collections', () => {
  it('keep stories in the order they were added, and in a new order after a reorder', () => {
    const library = fixture.library()
    const [a, b, c] = library.listStories()
    const reading = library.createCollection('周末阅读')
    library.addToCollection(reading.id, [b.id, a.id])
    library.addToCollection(reading.id, [c.id, a.id])
    expect(library.listStories({ collectionId: reading.id }).map((s) => s.id)).toEqual([
      b.id,
      a.id,
      c.id,
    ])
    library.reorderCollection(reading.id, [c.id, b.id, a.id])
    expect(library.listStories({ collectionId: reading.id }).map((s) => s.id)).toEqual([
      c.id,
      b.id,
      a.id,
    ])
    expect(library.listCollections()).toMatchObject([{ name: '周末阅读', storyCount: 3 }])
    expect(library.getStory(a.id)!.collectionIds).toEqual([reading.id])
  })

  it('refuse a reorder that is not the same stories', () => {
    const library = fixture.library()
    const [a, b] = library.listStories()
    const list = library.createCollection('x')
    library.addToCollection(list.id, [a.id, b.id])
    expect(() => library.reorderCollection(list.id, [a.id])).toThrow(LibraryError)
    expect(() => library.reorderCollection(list.id, [a.id, a.id])).toThrow(LibraryError)
  })

  it('rename (names unique regardless of case), remove stories, delete and undo', () => {
    const library = fixture.library()
    const [a, b] = library.listStories()
    const one = library.createCollection('Reading')
    library.createCollection('Other')
    expect(() => library.createCollection('reading')).toThrow(/already exists/)
    expect(() => library.renameCollection(one.id, 'OTHER')).toThrow(/already exists/)
    expect(library.renameCollection(one.id, 'Read later').name).toBe('Read later')
    library.addToCollection(one.id, [a.id, b.id])
    library.removeFromCollection(one.id, [a.id])
    expect(library.listStories({ collectionId: one.id }).map((s) => s.id)).toEqual([b.id])
    library.deleteCollection(one.id)
    expect(library.listCollections().map((c) => c.name)).toEqual(['Other'])
    library.undo()
    expect(library.listStories({ collectionId: one.id }).map((s) => s.id)).toEqual([b.id])
  })
})

describe('notes, favourites and reading state', () => {
  it('save a Markdown note, and delete it when emptied', () => {
    const library = fixture.library()
    const [story] = library.listStories()
    expect(library.getNote(story.id)).toBeNull()
    library.saveNote(story.id, '# 想法\n\n值得*再读*')
    expect(library.getNote(story.id)?.markdown).toBe('# 想法\n\n值得*再读*')
    expect(library.listStories()[0].hasNote).toBe(true)
    expect(library.saveNote(story.id, '   ')).toBeNull()
    expect(library.listStories()[0].hasNote).toBe(false)
  })

  it('mark favourites and list them; sort by last opened', () => {
    const library = fixture.library()
    const [a, b, c] = library.listStories()
    library.setFavorite(b.id, true)
    expect(library.listStories({ isFavorite: true }).map((s) => s.id)).toEqual([b.id])
    library.setFavorite(b.id, false)
    expect(library.listStories({ isFavorite: true })).toEqual([])
    library.saveProgress(c.id, 0.3)
    library.saveProgress(a.id, 0.9)
    const opened = library.listStories({ sort: 'lastOpened' }).map((s) => s.id)
    expect(opened.slice(0, 2).sort()).toEqual([a.id, c.id].sort())
    expect(library.listStories().find((s) => s.id === a.id)!.progress).toBe(0.9)
  })
})
