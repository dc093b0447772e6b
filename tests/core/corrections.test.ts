import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyCorrections } from '../../src/main/core/corrections/applyCorrections'
import { splitDocument } from '../../src/main/core/split/splitDocument'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import { spanOf, useSeededLibrary } from './libraryFixture'

const fixture = useSeededLibrary()

const PAGE = [
  '第一篇标题',
  '',
  '本报讯 第一段讲的是职工疗休养活动的安排和组织情况。',
  '',
  '第二段其实是另一篇报道：困难职工帮扶资金已经发放到位。',
  '',
  '第三段继续讲帮扶资金的使用与监督。',
  '',
].join('\n')

const openPage = (text = PAGE) => {
  const file = join(fixture.dir(), 'page.txt')
  writeFileSync(file, text)
  const library = openLibrary(join(fixture.dir(), 'corrections'))
  library.importPaths([file])
  return { library, file }
}

const titles = (library: ReturnType<typeof openLibrary>) =>
  library.listStories().map((s) => s.title)

describe('corrections to the split', () => {
  it('split a story at a paragraph, moving highlights, tags stay with the first part', () => {
    const { library } = openPage()
    try {
      const [story] = library.listStories()
      const full = library.getStory(story.id)!
      library.addTags([story.id], ['工会'])
      const moved = library.createHighlight(story.id, {
        ...spanOf(full.body, '困难职工帮扶资金'),
        color: 'yellow',
      })
      const { first, second } = library.splitStory(story.id, 1)
      expect(first).toBe(story.id)
      expect(library.listStories().map((s) => s.id)).toEqual([first, second])
      const secondStory = library.getStory(second)!
      expect(secondStory.body.startsWith('第二段')).toBe(true)
      expect(secondStory.isTitleDerived).toBe(true)
      const highlight = library.listHighlights({ storyId: second })[0]
      expect(highlight.id).toBe(moved.id)
      expect(
        Array.from(secondStory.body)
          .slice(highlight.position.start, highlight.position.end)
          .join(''),
      ).toBe('困难职工帮扶资金')
      expect(library.getStory(first)!.tags.map((t) => t.name)).toEqual(['工会'])
      expect(library.search('困难职工')[0].id).toBe(second)
    } finally {
      library.close()
    }
  })

  it('merge a story with the next one, carrying highlights, tags and notes', () => {
    const { library } = openPage()
    try {
      const [story] = library.listStories()
      const { second } = library.splitStory(story.id, 1)
      const body = library.getStory(second)!.body
      const highlight = library.createHighlight(second, {
        ...spanOf(body, '发放到位'),
        color: 'blue',
      })
      library.addTags([second], ['帮扶'])
      library.saveNote(second, '第二篇的笔记')
      expect(library.mergeWithNext(story.id)).toBe(story.id)
      expect(library.listStories()).toHaveLength(1)
      const merged = library.getStory(story.id)!
      const [placed] = library.listHighlights({ storyId: story.id })
      expect(placed.id).toBe(highlight.id)
      expect(
        Array.from(merged.body).slice(placed.position.start, placed.position.end).join(''),
      ).toBe('发放到位')
      expect(merged.tags.map((t) => t.name)).toEqual(['帮扶'])
      expect(library.getNote(story.id)?.markdown).toContain('第二篇的笔记')
      expect(() => library.mergeWithNext(story.id)).toThrow(/last story/)
    } finally {
      library.close()
    }
  })

  it('survive re-import of a changed page: split and headline replayed, highlight kept', () => {
    const { library, file } = openPage()
    try {
      const [story] = library.listStories()
      const { second } = library.splitStory(story.id, 1)
      library.setTitle(second, '困难职工帮扶资金发放到位')
      const body = library.getStory(second)!.body
      const highlight = library.createHighlight(second, {
        ...spanOf(body, '帮扶资金'),
        color: 'green',
      })
      writeFileSync(
        file,
        PAGE.replace('第三段继续讲', '第三段（修订）继续讲').replace(/\n/g, '\r\n'),
      )
      const report = library.importPaths([file])
      expect(report.orphaned).toBe(0)
      expect(titles(library)).toEqual(['第一篇标题', '困难职工帮扶资金发放到位'])
      const [h] = library.listHighlights({})
      expect(h).toMatchObject({ id: highlight.id, storyId: second, isOrphan: false })
    } finally {
      library.close()
    }
  })

  it('split then merge keeps a highlight made before the split on its text', () => {
    const { library } = openPage()
    try {
      const [story] = library.listStories()
      const body = library.getStory(story.id)!.body
      const highlight = library.createHighlight(story.id, {
        ...spanOf(body, '帮扶资金的使用'),
        color: 'pink',
        note: '跟踪',
      })
      const { second } = library.splitStory(story.id, 2)
      expect(library.listHighlights({})).toMatchObject([{ id: highlight.id, storyId: second }])
      library.mergeWithNext(story.id)
      const [placed] = library.listHighlights({})
      expect(placed).toMatchObject({ id: highlight.id, storyId: story.id, note: '跟踪' })
      expect(placed.position).toEqual(highlight.position)
      expect(library.getStory(story.id)!.body).toBe(body)
    } finally {
      library.close()
    }
  })

  it('survive re-import of the same page, and a merge is replayed on a changed page', () => {
    const two = PAGE.replace('第二段其实是', '\n第二篇标题\n\n本刊讯 第二段其实是')
    const { library, file } = openPage(two)
    try {
      expect(titles(library)).toHaveLength(2)
      const [first] = library.listStories()
      library.mergeWithNext(first.id)
      library.setTitle(first.id, '合并后的标题')
      writeFileSync(file, two)
      expect(library.importPaths([file])).toMatchObject({ unchanged: 1, added: 0, removed: 0 })
      writeFileSync(file, two.replace('第三段继续讲', '第三段另外讲').replace(/\n/g, '\r\n'))
      const report = library.importPaths([file])
      expect(report).toMatchObject({ stories: 1, removed: 0 })
      expect(titles(library)).toEqual(['合并后的标题'])
      expect(library.listStories()[0].id).toBe(first.id)
      expect(library.getStory(first.id)!.body).toContain('第三段另外讲')
    } finally {
      library.close()
    }
  })

  it('are passed over, not applied wrongly, when their text is gone', () => {
    const stories = splitDocument(PAGE, 'text')
    const stale = applyCorrections(stories, [
      { kind: 'split', storyOpening: '不存在的开头', paragraphOpening: '第二段' },
      { kind: 'split', storyOpening: stories[0].body.slice(0, 10), paragraphOpening: '不存在' },
      { kind: 'merge', firstOpening: stories[0].body.slice(0, 10), secondOpening: '无' },
      { kind: 'title', storyOpening: '不存在的开头', title: '新标题' },
    ])
    expect(stale).toEqual(stories)
    const [, second] = applyCorrections(stories, [
      { kind: 'split', storyOpening: stories[0].body.slice(0, 10), paragraphOpening: '第二段' },
    ])
    expect(second.body.startsWith('第二段')).toBe(true)
  })
})
