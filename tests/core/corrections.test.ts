import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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
})
