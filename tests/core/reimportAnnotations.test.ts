import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatImportReport } from '../../src/main/cli/importCommand'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { spanOf, storyTitled, useSeededLibrary } from './libraryFixture'

const fixture = useSeededLibrary()

const P1 =
  '本刊讯 市总工会近日组织全市各级劳动模范和先进工作者开展疗休养活动，让长期奋战在一线的劳模们放松身心，感受组织关怀。活动期间，劳模们参观了红色教育基地。'
const P2 =
  '困难职工帮扶资金已经全部发放到位，覆盖全市各区县的两千多户困难职工家庭，确保他们温暖过冬。各级工会还将持续跟踪帮扶对象的生活状况。'
const P3 =
  '本刊讯 下一步，市总工会将继续做好困难职工帮扶工作，进一步完善常态化帮扶机制，切实把党和政府的温暖送到职工心坎上。'
const H1 = '劳模疗休养活动顺利举行'
const H2 = '困难职工帮扶工作再上台阶'
const P4 = '本刊讯 最后一篇报道讲述了职工书屋建设的进展，新建职工书屋二十家，藏书超过五万册。'
const H3 = '职工书屋建设稳步推进'

// Hard-wraps a paragraph every `width` characters, as a print layout does.
const wrap = (text: string, width: number): string => {
  const chars = Array.from(text)
  const lines: string[] = []
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''))
  return lines.join('\n')
}

/** A page of stories, each a headline and its paragraphs, wrapped at `width`. */
const page = (stories: Array<[string, ...string[]]>, width = 22): string =>
  stories
    .map(([headline, ...paragraphs]) =>
      [headline, ...paragraphs.map((p) => wrap(p, width))].join('\n\n'),
    )
    .join('\n\n')
    .concat('\n')

const TWO_STORIES: Array<[string, ...string[]]> = [
  [H1, P1, P2],
  [H2, P3],
]

const openPage = (text: string) => {
  const file = join(fixture.dir(), 'page.txt')
  writeFileSync(file, text)
  const library = openLibrary(join(fixture.dir(), 'reimport'))
  library.importPaths([file])
  return { library, file }
}

const highlightOn = (library: Library, title: string, quote: string, note = '') => {
  const story = storyTitled(library, title)
  return library.createHighlight(story.id, { ...spanOf(story.body, quote), color: 'yellow', note })
}

const placedText = (library: Library, id: string) => {
  const highlight = library.listHighlights({}).find((h) => h.id === id)!
  const body = library.getStory(highlight.storyId)!.body
  return Array.from(body).slice(highlight.position.start, highlight.position.end).join('')
}

describe('re-import keeps the reader’s work', () => {
  it('on a seed page: text inserted before a highlight and a paragraph edited elsewhere', () => {
    const library = fixture.library()
    const story = storyTitled(library, '关心关爱困难职工')
    const quote = '认真落实中国工会十八大'
    const highlight = library.createHighlight(story.id, {
      ...spanOf(story.body, quote),
      color: 'green',
    })
    const file = join(fixture.seeds(), story.sourceName)
    const text = readFileSync(file, 'utf8')
      .replace(
        '近年来，市总工会认真落实',
        '新增的一段：各级工会积极响应。\n\n近年来，市总工会认真落实',
      )
      .replace('在孟滩村党支部服务中心', '在孟滩村新建的党支部服务中心')
    writeFileSync(file, text)
    const report = library.importPaths([file])
    expect(report).toMatchObject({ orphaned: 0, removed: 0 })
    expect(report.reanchored).toBeGreaterThanOrEqual(1)
    const [moved] = library.listHighlights({ storyId: story.id })
    expect(moved).toMatchObject({ id: highlight.id, isOrphan: false })
    expect(moved.position.start).toBeGreaterThan(highlight.position.start)
    expect(placedText(library, highlight.id)).toBe(quote)
  })

  it('when the page is re-wrapped at another width and a paragraph is edited', () => {
    const { library, file } = openPage(page(TWO_STORIES, 22))
    try {
      const a = highlightOn(library, H1, '两千多户困难职工家庭')
      const b = highlightOn(library, H2, '常态化帮扶机制')
      const edited = P1.replace('红色教育基地', '当地的红色教育基地')
      writeFileSync(
        file,
        page(
          [
            [H1, edited, P2],
            [H2, P3],
          ],
          31,
        ),
      )
      const report = library.importPaths([file])
      expect(report).toMatchObject({ orphaned: 0, reanchored: 2, removed: 0 })
      expect(placedText(library, a.id)).toBe('两千多户困难职工家庭')
      expect(placedText(library, b.id)).toBe('常态化帮扶机制')
    } finally {
      library.close()
    }
  })

  it('keeps a highlight whose text was deleted as an orphan, and finds it again later', () => {
    const original = page(TWO_STORIES)
    const { library, file } = openPage(original)
    try {
      const highlight = highlightOn(library, H1, '确保他们温暖过冬', '要跟进')
      writeFileSync(
        file,
        page([
          [H1, P1],
          [H2, P3],
        ]),
      )
      const report = library.importPaths([file])
      expect(report.orphaned).toBe(1)
      expect(formatImportReport(report)).toMatch(/1 highlight .*orphan/)
      const [orphan] = library.listHighlights({ isOrphan: true })
      expect(orphan).toMatchObject({ id: highlight.id, storyId: highlight.storyId, note: '要跟进' })
      expect(orphan.quote.exact).toBe('确保他们温暖过冬')
      writeFileSync(file, original)
      expect(library.importPaths([file])).toMatchObject({ orphaned: 0, reanchored: 1 })
      expect(library.listHighlights({ isOrphan: true })).toEqual([])
      expect(placedText(library, highlight.id)).toBe('确保他们温暖过冬')
    } finally {
      library.close()
    }
  })

  it('moves a removed story’s highlights, tags, note, collections and state to where its text went', () => {
    const { library, file } = openPage(page([...TWO_STORIES, [H3, P4]]))
    try {
      const first = storyTitled(library, H1)
      const second = storyTitled(library, H2)
      const highlight = highlightOn(library, H2, '常态化帮扶机制')
      library.addTags([second.id], ['帮扶'])
      library.saveNote(second.id, '第二篇的笔记')
      const list = library.createCollection('待读')
      library.addToCollection(list.id, [second.id])
      library.setFavorite(second.id, true)
      // The second headline is gone: its paragraph now belongs to the first story, although the
      // third story now sits at the second one's position.
      writeFileSync(
        file,
        page([
          [H1, P1, P2, P3.replace('本刊讯 ', '')],
          [H3, P4],
        ]),
      )
      const report = library.importPaths([file])
      expect(report).toMatchObject({ removed: 1, orphaned: 0, reanchored: 1 })
      expect(library.listHighlights({})).toMatchObject([{ id: highlight.id, storyId: first.id }])
      expect(placedText(library, highlight.id)).toBe('常态化帮扶机制')
      const merged = library.getStory(first.id)!
      expect(merged.tags.map((t) => t.name)).toEqual(['帮扶'])
      expect(merged.isFavorite).toBe(true)
      expect(merged.collectionIds).toEqual([list.id])
      expect(library.getNote(first.id)?.markdown).toBe('第二篇的笔记')
      expect(storyTitled(library, H3).tags).toEqual([])
    } finally {
      library.close()
    }
  })

  it('never drops an orphan or a note whose story vanished with its text', () => {
    const { library, file } = openPage(
      page([
        [H1, P1, P2],
        [H2, P3],
        [H3, P4],
      ]),
    )
    try {
      const gone = storyTitled(library, H2)
      const highlight = highlightOn(library, H2, '常态化帮扶机制', '重要')
      library.saveNote(gone.id, '消失的故事的笔记')
      writeFileSync(
        file,
        page([
          [H1, P1, P2],
          [H3, P4],
        ]),
      )
      const report = library.importPaths([file])
      expect(report).toMatchObject({ removed: 1, orphaned: 1 })
      const [orphan] = library.listHighlights({})
      expect(orphan).toMatchObject({ id: highlight.id, isOrphan: true, note: '重要' })
      const home = library.getStory(orphan.storyId)!
      expect([H1, H3]).toContain(home.title)
      const notes = library.listStories().map((s) => library.getNote(s.id)?.markdown ?? '')
      expect(notes.join('')).toContain('消失的故事的笔记')
    } finally {
      library.close()
    }
  })
})
