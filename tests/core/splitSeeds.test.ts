import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitDocument } from '../../src/main/core/split/splitDocument'
import type { SplitStory } from '../../src/main/core/split/types'
import { SEED_STORIES as SEEDS } from './fixtures/newsletters/seedStories'
import { rewrap } from './fixtures/split/rewrap'

const SEED_DIR = resolve(import.meta.dirname, '../../seeds')
const readSeed = (name: string): string => readFileSync(resolve(SEED_DIR, name), 'utf8')

/** What must not change when the same page is laid out differently. */
const essence = (stories: SplitStory[]): unknown[] =>
  stories.map(({ title, isTitleDerived, byline, kind, body }) => ({
    title,
    isTitleDerived,
    byline,
    kind,
    body,
  }))

describe.each(Object.entries(SEEDS))('seed page %s', (name, expected) => {
  const page = readSeed(name)
  const stories = splitDocument(page, 'text')

  it('finds every story once, in page order, with headline, byline, kind and body', () => {
    expect(stories.map((story) => story.title)).toHaveLength(expected.length)
    stories.forEach((story, at) => {
      const want = expected[at]
      if (want.isDerived) expect(story.title).toContain(want.title)
      else expect(story.title).toBe(want.title)
      expect(story.isTitleDerived).toBe(want.isDerived ?? false)
      expect(story.byline).toBe(want.byline)
      expect(story.kind).toBe(want.kind ?? 'article')
      expect(story.body.startsWith(want.starts)).toBe(true)
      expect(story.body.endsWith(want.ends)).toBe(true)
    })
  })

  it('keeps headlines and bylines out of bodies and every story on its own lines', () => {
    const count = (lines: string[]): Map<string, number> => {
      const counts = new Map<string, number>()
      for (const line of lines)
        if (line.trim() !== '') counts.set(line, (counts.get(line) ?? 0) + 1)
      return counts
    }
    const onPage = count(page.split('\n'))
    for (const story of stories) {
      expect(story.body).not.toMatch(/\n{3,}|^\s|\s$/)
      if (story.byline) expect(story.body.endsWith(story.byline)).toBe(false)
    }
    // Every line of every story is a line of the page, and no line is given to two stories.
    for (const [line, times] of count(stories.flatMap((story) => story.originalText.split('\n')))) {
      expect(times).toBeLessThanOrEqual(onPage.get(line) ?? 0)
    }
  })

  it.each([17, 30, 33, 40, 60])('splits the same way when re-wrapped at %i columns', (columns) => {
    expect(essence(splitDocument(rewrap(page, columns), 'text'))).toEqual(essence(stories))
  })

  const headlines = (list: SplitStory[]): unknown[] =>
    list.map(({ title, byline, kind }) => ({ title, byline, kind }))

  it.each([30, 33, 40, 60])(
    'finds the same stories when every wrapped line is followed by a blank line (%i columns)',
    (columns) => {
      // The layout of seed 002: blank lines say nothing, so a stop at the column's edge may end
      // a paragraph where the original did not; the stories themselves must not change.
      const page2 = rewrap(page, columns, '\n\n')
      expect(headlines(splitDocument(page2, 'text'))).toEqual(headlines(stories))
    },
  )

  it.each([30, 40, 60])(
    'finds the same stories with headlines wrapped at %i columns too',
    (columns) => {
      expect(headlines(splitDocument(rewrap(page, columns, '\n', columns), 'text'))).toEqual(
        headlines(stories),
      )
    },
  )

  it('splits the same way with CRLF line endings', () => {
    const crlf = splitDocument(page.replace(/\n/g, '\r\n'), 'text')
    expect(essence(crlf)).toEqual(essence(stories))
    expect(crlf.map((story) => story.originalText)).toEqual(
      stories.map((story) => story.originalText),
    )
  })
})

describe('seed page traps', () => {
  it('never makes a story of a stranded headline or a column label', () => {
    const titles = Object.keys(SEEDS).flatMap((name) =>
      splitDocument(readSeed(name), 'text').map((story) => story.title),
    )
    for (const stray of ['扶贫村里的故事', '喜讯', '新闻速递', '工运潮汛', '图说新闻']) {
      expect(titles.some((title) => title.startsWith(stray))).toBe(false)
    }
  })

  it('keeps a feature whole across its subheads and keeps one byline when it is printed twice', () => {
    const [feature] = splitDocument(readSeed('004_ba5114582805602c.txt'), 'text')
    expect(feature.body.split('\n\n')).toContain('围绕产业强市 让职工建功立业')
    const stories = splitDocument(readSeed('001_a2a051d0fb4e3a2d.txt'), 'text')
    const riders = stories.find((story) => story.title.includes('儿童之家')) as SplitStory
    expect(riders.body).not.toContain('郭敬')
    expect(riders.body).toContain('骑手子女“儿童之家”的设立')
  })

  it('matches stranded headlines by content, whatever their order, and drops the unmatched', () => {
    const page = readSeed('002_cd74bbb9f79528f1.txt')
    const tail = page.slice(page.indexOf('马鞍山市总工会\n\n305万元'))
    const shuffled = `${page.slice(0, page.length - tail.length)}送 服务 大年过\n\n广德市总工会\n\n筑基固本搭建职工“精神家园”\n\n一条与本页无关的标题\n\n马鞍山市总工会\n\n305万元温暖困难职工\n`
    const titles = splitDocument(shuffled, 'text').map((story) => story.title)
    expect(titles).toEqual(splitDocument(page, 'text').map((story) => story.title))
  })

  it('puts stranded headline lines first in the original text of their story', () => {
    const stories = splitDocument(readSeed('002_cd74bbb9f79528f1.txt'), 'text')
    const maanshan = stories.find((story) => story.title.startsWith('马鞍山')) as SplitStory
    expect(maanshan.originalText.split('\n').slice(0, 3)).toEqual([
      '马鞍山市总工会',
      '305万元温暖困难职工',
      '本报讯 日前，马鞍山市总工会组织全市',
    ])
  })
})
