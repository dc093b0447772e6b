import { describe, expect, it } from 'vitest'
import { useSeededLibrary } from './libraryFixture'

const fixture = useSeededLibrary()

describe('search reaches annotations', () => {
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

  it('needs every word, found in the text or the annotations, and honours exclusions', () => {
    const library = fixture.library()
    const [a, b] = library.listStories()
    library.saveNote(a.id, 'Obsidian 摘录')
    library.saveNote(b.id, 'Obsidian 摘录')
    const words = Array.from(library.getStory(a.id)!.body).slice(0, 4).join('')
    const hits = library.search(`obsidian ${words}`)
    expect(hits.map((h) => h.id)).toContain(a.id)
    expect(hits.every((h) => h.matchedIn === 'annotation')).toBe(true)
    expect(library.search('obsidian 不存在的词语组合')).toEqual([])
    expect(library.search(`obsidian -${words}`).map((h) => h.id)).not.toContain(a.id)
    library.setFavorite(b.id, true)
    expect(library.search('obsidian is:favorite').map((h) => h.id)).toEqual([b.id])
  })
})
