import { describe, expect, it } from 'vitest'
import { spanOf, storyTitled, useSeededLibrary } from './libraryFixture'

const fixture = useSeededLibrary()
const ids = (hits: Array<{ id: string }>) => hits.map((hit) => hit.id).sort()

describe('search reaches annotations and filters', () => {
  it('filters by tag (on the story or on a highlight), combined with words', () => {
    const library = fixture.library()
    const a = storyTitled(library, '困难职工帮扶民生工程')
    const b = storyTitled(library, '305万元')
    const c = storyTitled(library, '送温暖活动')
    library.addTags([a.id], ['帮扶'])
    library.createHighlight(b.id, { ...spanOf(b.body, '困难职工'), color: 'pink', tags: ['帮扶'] })
    expect(ids(library.search('tag:帮扶'))).toEqual([a.id, b.id].sort())
    expect(ids(library.search('tag:帮扶 疗休养'))).toEqual([a.id])
    expect(library.search('-tag:帮扶 疗休养').map((h) => h.id)).not.toContain(a.id)
    expect(library.search('tag:nothing')).toEqual([])
    expect(ids(library.search('送温暖 -tag:帮扶'))).toContain(c.id)
  })

  it("filters by colour (key, Chinese word, or the reader's own name), has:, is:, source:, in:", () => {
    const library = fixture.library()
    const [a, b, c] = library.listStories()
    library.createHighlight(a.id, { start: 0, end: 3, color: 'yellow' })
    library.createHighlight(b.id, { start: 0, end: 3, color: 'blue', note: '注' })
    library.saveNote(c.id, 'plain note')
    library.updateSettings({
      highlightColorNames: { yellow: 'Key', green: '', blue: '', pink: '', purple: '' },
    })
    expect(ids(library.search('color:yellow'))).toEqual([a.id])
    expect(ids(library.search('color:key'))).toEqual([a.id])
    expect(ids(library.search('color:蓝色'))).toEqual([b.id])
    expect(ids(library.search('has:highlight'))).toEqual([a.id, b.id].sort())
    expect(ids(library.search('has:note'))).toEqual([b.id, c.id].sort())
    library.setRead(a.id, true)
    library.setFavorite(c.id, true)
    expect(library.search('is:unread', { limit: 1000 }).map((h) => h.id)).not.toContain(a.id)
    expect(ids(library.search('is:favorite'))).toEqual([c.id])
    const reading = library.createCollection('周末')
    library.addToCollection(reading.id, [b.id])
    expect(ids(library.search('in:周末'))).toEqual([b.id])
    expect(
      library.search('source:002', { limit: 1000 }).every((h) => h.source.includes('002')),
    ).toBe(true)
  })

  it('finds words in notes, highlight notes and tag names, marking where they matched', () => {
    const library = fixture.library()
    const [a, b, c] = library.listStories()
    library.saveNote(a.id, '这篇值得 Obsidian 收藏')
    library.createHighlight(b.id, { start: 0, end: 3, color: 'green', note: '引用到周报' })
    library.addTags([c.id], ['年终总结'])
    expect(library.search('obsidian')).toMatchObject([{ id: a.id, matchedIn: 'annotation' }])
    const [hit] = library.search('周报')
    expect(hit).toMatchObject({ id: b.id, matchedIn: 'annotation' })
    expect(hit.snippet.slice(hit.snippetMatches[0][0], hit.snippetMatches[0][1])).toBe('周报')
    expect(library.search('年终总结').map((h) => h.id)).toContain(c.id)
    // Text hits still say so, and nothing false comes back.
    expect(library.search('疗休养').every((h) => h.matchedIn === 'text')).toBe(true)
    expect(library.search('不存在的词语组合')).toEqual([])
  })

  it('searches an unknown key:value as plain words', () => {
    const library = fixture.library()
    const [a] = library.listStories()
    library.saveNote(a.id, 'see todo:later')
    expect(library.search('todo:later').map((h) => h.id)).toEqual([a.id])
  })
})
