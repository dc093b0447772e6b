import { describe, expect, it } from 'vitest'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { storyTitled, useSeededLibrary } from './libraryFixture'

const fixture = useSeededLibrary()

describe('tags', () => {
  it('are created on first use, matched case-insensitively, and counted', () => {
    const library = fixture.library()
    const [a, b] = library.listStories()
    library.addTags([a.id, b.id], ['工会', ' Work '])
    library.addTags([a.id], ['work', '工会'])
    const tags = library.listTags()
    // Sorted the Chinese way (Intl.Collator('zh')): Han before Latin.
    expect(tags.map((t) => [t.name, t.storyCount])).toEqual([
      ['工会', 2],
      ['Work', 2],
    ])
    expect(new Set(tags.map((t) => t.color)).size).toBe(2)
    expect(library.getStory(a.id)!.tags.map((t) => t.name)).toEqual(['工会', 'Work'])
  })

  it('filter the story list and come off again', () => {
    const library = fixture.library()
    const story = storyTitled(library, '困难职工')
    const [tag] = library.addTags([story.id], ['待读'])
    expect(library.listStories({ tagId: tag.id }).map((s) => s.id)).toEqual([story.id])
    library.removeTags([story.id], [tag.id])
    expect(library.listStories({ tagId: tag.id })).toEqual([])
  })

  it('refuse a rename onto another tag, and rename, recolour and undo', () => {
    const library = fixture.library()
    const [story] = library.listStories()
    const [first, second] = library.addTags([story.id], ['a', 'b'])
    expect(() => library.updateTag(first.id, { name: 'B' })).toThrow(LibraryError)
    const ticket = library.updateTag(first.id, { name: '帮扶', color: 'red' })
    expect(library.listTags().find((t) => t.id === first.id)).toMatchObject({
      name: '帮扶',
      color: 'red',
    })
    expect(library.undo(ticket.id)?.action).toEqual({
      code: 'renameTag',
      params: { from: 'a', to: '帮扶' },
    })
    expect(library.listTags().find((t) => t.id === first.id)).toMatchObject({ name: 'a' })
    expect(second.name).toBe('b')
  })

  it('merge into one tag, and undo the merge exactly', () => {
    const library = fixture.library()
    const [s1, s2, s3] = library.listStories()
    library.addTags([s1.id, s2.id], ['union'])
    library.addTags([s2.id, s3.id], ['工会'])
    const tags = library.listTags()
    const union = tags.find((t) => t.name === 'union')!
    const gonghui = tags.find((t) => t.name === '工会')!
    library.mergeTags([union.id], gonghui.id)
    expect(library.listTags().map((t) => [t.name, t.storyCount])).toEqual([['工会', 3]])
    library.undo()
    const restored = library.listTags()
    expect(restored.map((t) => [t.name, t.storyCount])).toEqual([
      ['工会', 2],
      ['union', 2],
    ])
    expect(
      library
        .listStories({ tagId: gonghui.id })
        .map((s) => s.id)
        .sort(),
    ).toEqual([s2.id, s3.id].sort())
  })

  it('delete from every story and highlight, and undo brings them all back', () => {
    const library = fixture.library()
    const [story] = library.listStories()
    const [tag] = library.addTags([story.id], ['重要'])
    const highlight = library.createHighlight(story.id, {
      start: 0,
      end: 4,
      color: 'yellow',
      tags: ['重要'],
    })
    const ticket = library.deleteTag(tag.id)
    expect(library.listTags()).toEqual([])
    expect(library.listHighlights({ storyId: story.id })[0].tags).toEqual([])
    expect(library.undo()).toEqual(ticket)
    expect(library.getStory(story.id)!.tags.map((t) => t.name)).toEqual(['重要'])
    expect(library.listHighlights({ storyId: story.id })[0]).toMatchObject({
      id: highlight.id,
      tags: [{ name: '重要' }],
    })
    // The steps before the delete come back off the history in order, then nothing is left.
    expect(library.undo()?.action.code).toBe('createHighlight')
    expect(library.undo()?.action.code).toBe('addTags')
    expect(library.listTags()).toEqual([])
    expect(library.undo()).toBeNull()
  })

  it('report unknown ids as NOT_FOUND', () => {
    const library = fixture.library()
    expect(() => library.deleteTag(999 as never)).toThrow(/no tag/)
    try {
      library.addTags(['nope' as never], ['x'])
    } catch (error) {
      expect((error as LibraryError).code).toBe('NOT_FOUND')
    }
    expect(library.listTags()).toEqual([])
  })
})
