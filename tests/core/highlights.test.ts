import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import { spanOf, storyTitled, useSeededLibrary } from './libraryFixture'

const fixture = useSeededLibrary()

describe('highlights', () => {
  it('store W3C quote and position selectors in code points of the cleaned body', () => {
    const library = fixture.library()
    const story = storyTitled(library, '困难职工帮扶民生工程')
    const span = spanOf(story.body, '疗休养')
    const highlight = library.createHighlight(story.id, { ...span, color: 'green', note: '好政策' })
    expect(highlight.quote.exact).toBe('疗休养')
    expect(highlight.quote.prefix.length).toBeGreaterThan(0)
    expect(highlight.position).toEqual(span)
    expect(highlight).toMatchObject({ color: 'green', note: '好政策', isOrphan: false })
    expect(library.getStory(story.id)!.highlightCount).toBe(1)
  })

  it('refuse empty spans and spans outside the text', () => {
    const library = fixture.library()
    const story = library.listStories()[0]
    const length = Array.from(library.getStory(story.id)!.body).length
    expect(() =>
      library.createHighlight(story.id, { start: length, end: length + 3, color: 'blue' }),
    ).toThrow(LibraryError)
    expect(() =>
      library.createHighlight('nope' as never, { start: 0, end: 2, color: 'blue' }),
    ).toThrow(/no story/)
  })

  it('change colour, note and tags; delete and undo', () => {
    const library = fixture.library()
    const story = library.listStories()[0]
    const created = library.createHighlight(story.id, { start: 0, end: 6, color: 'yellow' })
    const updated = library.updateHighlight(created.id, {
      color: 'pink',
      note: '**要点**',
      tags: ['摘录'],
    })
    expect(updated).toMatchObject({ color: 'pink', note: '**要点**', tags: [{ name: '摘录' }] })
    const ticket = library.deleteHighlight(created.id)
    expect(library.listHighlights()).toEqual([])
    library.undo(ticket.id)
    expect(library.listHighlights()).toMatchObject([
      { id: created.id, color: 'pink', tags: [{ name: '摘录' }] },
    ])
  })

  it('list across the library with colour, tag, source and text filters', () => {
    const library = fixture.library()
    const [a, b] = library.listStories()
    library.createHighlight(a.id, { start: 0, end: 4, color: 'yellow', note: 'first note' })
    library.createHighlight(b.id, { start: 2, end: 8, color: 'blue', tags: ['key'] })
    expect(library.listHighlights({ color: 'blue' })).toHaveLength(1)
    const [key] = library.listTags()
    expect(library.listHighlights({ tagId: key.id })[0].storyId).toBe(b.id)
    expect(library.listHighlights({ text: 'FIRST' })[0]).toMatchObject({
      storyId: a.id,
      storyTitle: a.title,
    })
    expect(library.listHighlights({ sourceId: a.sourceId }).length).toBeGreaterThan(0)
  })

  it('re-attach an orphan to a new passage', () => {
    const library = fixture.library()
    const story = library.listStories()[0]
    const created = library.createHighlight(story.id, { start: 0, end: 4, color: 'yellow' })
    const moved = library.reattachHighlight(created.id, { start: 5, end: 9 })
    expect(moved.position).toEqual({ start: 5, end: 9 })
    expect(moved.quote.exact).toBe(
      Array.from(library.getStory(story.id)!.body).slice(5, 9).join(''),
    )
  })
})

describe('re-importing a changed page', () => {
  const page = (paragraphs: string[]) => `测试标题\n\n本报讯 ${paragraphs.join('\n\n')}\n`

  it('keeps highlights on moved text, re-anchors edited ones, and keeps orphans', () => {
    const { dir } = { dir: fixture.dir() }
    const file = join(dir, 'page.txt')
    const library = openLibrary(join(dir, 'other'))
    try {
      writeFileSync(
        file,
        page([
          '职工疗休养活动今年惠及三百四十名一线职工。',
          '困难职工帮扶资金全部发放到位。',
          '工会组织开展技能竞赛。',
        ]),
      )
      library.importPaths([file])
      const story = library.getStory(library.listStories()[0].id)!
      const kept = library.createHighlight(story.id, {
        ...spanOf(story.body, '困难职工帮扶资金'),
        color: 'yellow',
      })
      const edited = library.createHighlight(story.id, {
        ...spanOf(story.body, '惠及三百四十名一线职工'),
        color: 'green',
        note: '数字',
      })
      const doomed = library.createHighlight(story.id, {
        ...spanOf(story.body, '技能竞赛'),
        color: 'blue',
      })

      writeFileSync(
        file,
        page([
          '新增的第一段内容放在最前面。',
          '职工疗休养活动今年惠及三百四十五名一线职工。',
          '困难职工帮扶资金全部发放到位。',
        ]),
      )
      const report = library.importPaths([file])
      expect(report).toMatchObject({ reanchored: 2, orphaned: 1 })

      const after = library.listHighlights({})
      const byId = new Map(after.map((h) => [h.id, h]))
      const body = library.getStory(byId.get(kept.id)!.storyId)!.body
      const at = (id: string) => byId.get(id as never)!
      expect(
        Array.from(body).slice(at(kept.id).position.start, at(kept.id).position.end).join(''),
      ).toBe('困难职工帮扶资金')
      expect(at(edited.id)).toMatchObject({ isOrphan: false, note: '数字' })
      expect(at(edited.id).quote.exact).toContain('一线职工')
      expect(at(doomed.id)).toMatchObject({ isOrphan: true, quote: { exact: '技能竞赛' } })
    } finally {
      library.close()
    }
  })
})
