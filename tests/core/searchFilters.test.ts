import { describe, expect, it } from 'vitest'
import { spanOf, storyTitled, useSeededLibrary } from './libraryFixture'

const fixture = useSeededLibrary()
const ids = (hits: Array<{ id: string }>) => hits.map((hit) => hit.id).sort()
const ALL = { limit: 10_000 }

describe('search filters', () => {
  it('tag: keeps stories tagged, or with a tagged highlight; -tag: the rest; words narrow', () => {
    const library = fixture.library()
    const a = storyTitled(library, '困难职工帮扶民生工程')
    const b = storyTitled(library, '305万元')
    const c = storyTitled(library, '送温暖活动')
    library.addTags([a.id], ['帮扶'])
    library.createHighlight(b.id, { ...spanOf(b.body, '困难职工'), color: 'pink', tags: ['帮扶'] })
    expect(ids(library.search('tag:帮扶'))).toEqual([a.id, b.id].sort())
    expect(ids(library.search('TAG:帮扶'))).toEqual([a.id, b.id].sort())
    expect(ids(library.search('tag:帮扶 疗休养'))).toEqual([a.id])
    expect(library.search('tag:nothing')).toEqual([])
    const rest = library.search('-tag:帮扶', ALL).map((h) => h.id)
    expect(rest).toHaveLength(library.listStories().length - 2)
    expect(rest).not.toContain(a.id)
    expect(ids(library.search('送温暖 -tag:帮扶'))).toContain(c.id)
  })

  it("color: takes the key, a Chinese colour word or the reader's own name", () => {
    const library = fixture.library()
    const [a, b] = library.listStories()
    library.createHighlight(a.id, { start: 0, end: 3, color: 'yellow' })
    library.createHighlight(b.id, { start: 0, end: 3, color: 'purple' })
    library.updateSettings({
      highlightColorNames: { yellow: 'Key idea', green: '', blue: '', pink: '', purple: '疑问' },
    })
    expect(ids(library.search('color:yellow'))).toEqual([a.id])
    expect(ids(library.search('color:"key idea"'))).toEqual([a.id])
    expect(ids(library.search('color:疑问'))).toEqual([b.id])
    expect(ids(library.search('color:紫色'))).toEqual([b.id])
    expect(library.search('color:green')).toEqual([])
    expect(library.search('-color:yellow', ALL).map((h) => h.id)).not.toContain(a.id)
  })

  it('has:highlight and has:note (a story note or a highlight note)', () => {
    const library = fixture.library()
    const [a, b, c] = library.listStories()
    library.createHighlight(a.id, { start: 0, end: 3, color: 'yellow' })
    library.createHighlight(b.id, { start: 0, end: 3, color: 'blue', note: '注' })
    library.saveNote(c.id, 'plain note')
    expect(ids(library.search('has:highlight'))).toEqual([a.id, b.id].sort())
    expect(ids(library.search('has:note'))).toEqual([b.id, c.id].sort())
    expect(ids(library.search('has:highlight has:note'))).toEqual([b.id])
  })

  it('is:read, is:unread and is:favorite follow the reading state', () => {
    const library = fixture.library()
    const [a, b] = library.listStories()
    library.setRead(a.id, true)
    library.setFavorite(b.id, true)
    expect(ids(library.search('is:read'))).toEqual([a.id])
    const unread = library.search('is:unread', ALL).map((h) => h.id)
    expect(unread).toHaveLength(library.listStories().length - 1)
    expect(unread).not.toContain(a.id)
    expect(ids(library.search('is:favorite'))).toEqual([b.id])
    expect(ids(library.search('-is:favorite is:read'))).toEqual([a.id])
  })

  it('source: matches part of the page name; in: a collection by name', () => {
    const library = fixture.library()
    const fromPage = library.search('source:002', ALL)
    expect(fromPage.length).toBeGreaterThan(0)
    expect(fromPage.every((h) => h.source.includes('002'))).toBe(true)
    const [a, b] = library.listStories()
    const reading = library.createCollection('周末读')
    library.addToCollection(reading.id, [b.id, a.id])
    expect(ids(library.search('in:周末读'))).toEqual([a.id, b.id].sort())
    expect(library.search('in:不存在')).toEqual([])
  })

  it('a filter-only query lists every matching story in library order with its excerpt', () => {
    const library = fixture.library()
    const stories = library.listStories()
    const picked = [stories[5], stories[1], stories[3]]
    library.addTags(
      picked.map((s) => s.id),
      ['工会'],
    )
    const hits = library.search('tag:工会')
    expect(hits.map((h) => h.id)).toEqual([stories[1].id, stories[3].id, stories[5].id])
    expect(hits[0]).toMatchObject({
      title: stories[1].title,
      snippet: stories[1].excerpt,
      matchedIn: 'text',
    })
    expect(library.search('tag:工会', { limit: 2 })).toHaveLength(2)
  })
})
