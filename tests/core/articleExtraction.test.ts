import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitDocument } from '../../src/main/core/split/splitDocument'
import type { SplitStory } from '../../src/main/core/split/types'

// Saved pages from Mozilla Readability's test suite (Apache-2.0; see fixtures/readability).
const page = (name: string): SplitStory[] =>
  splitDocument(
    readFileSync(join(import.meta.dirname, 'fixtures/readability', name, 'source.html'), 'utf8'),
    'html',
  )

describe('a Chinese news page (光明网)', () => {
  const stories = page('gmw')
  const [story] = stories

  it('is one story under its headline, the channel and site names left out', () => {
    expect(stories).toHaveLength(1)
    expect(story.title).toBe('宇航员在太空中喝酒会怎么样？后果很严重')
  })

  it('names the writer (作者︱春春), not the editor the metadata and 责任编辑 line name', () => {
    expect(story.byline).toBe('春春')
  })

  it('keeps the text exactly and leaves the furniture under it out', () => {
    const paragraphs = story.body.split('\n\n')
    expect(paragraphs[0]).toBe(
      '翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。这让人感到巨大压力和极度恐慌。那么，为什么不能让宇航员来一杯“地球末日”鸡尾酒来放松一下？',
    )
    expect(paragraphs).toContain(
      '不幸的是，对于希望能喝上一杯的太空探险者，那些将他们送上太空的政府机构普遍禁止他们染指包括酒在内的含酒精饮料。',
    )
    expect(paragraphs.at(-1)).toBe('原标题：他晚于阿姆斯特朗登月 却是首个敢在月球喝酒的人')
    for (const furniture of ['责任编辑', '肖春芳', '出品', '作者'])
      expect(story.body).not.toContain(furniture)
  })
})

describe("LWN.net's weekly edition", () => {
  const stories = page('lwn-1')

  it('is the articles it holds, each with its own byline, and the contents of the issue', () => {
    expect(stories.map((story) => [story.title, story.byline])).toEqual([
      ['A trademark battle in the Arduino community', 'Nathan Willis'],
      ['Mapping and data mining with QGIS 2.8', 'Nathan Willis'],
      ['Development activity in LibreOffice and OpenOffice', 'Jonathan Corbet'],
      ["Inside this week's LWN.net Weekly Edition", null],
    ])
  })

  it('keeps each article whole, its subheads inside, and its date line out', () => {
    const libreOffice = stories[2].body.split('\n\n')
    expect(libreOffice[0]).toMatch(/^The LibreOffice project was announced with great fanfare/)
    expect(libreOffice).toContain('Release histories')
    for (const story of stories.slice(0, 3)) expect(story.body).not.toMatch(/^March 25, 2015/)
  })
})

describe('formulas drawn by MathJax', () => {
  const [story] = page('mathjax')

  it('keeps each formula as text in its sentence', () => {
    expect(story.body).toContain(
      'a ≠ 0, there are two solutions to ax^2 + bx + c = 0 and they are x = (−b ± √(b^2 − 4ac))/(2a).',
    )
    expect(story.body).toContain('x˙ = σ(y − x); y˙ = ρx − y − xz; z˙ = −βz + xy')
    expect(story.body).toContain('√(3x − 1) + (1 + x)^2 is an example of an inline equation.')
  })
})

describe('an article with a data table', () => {
  const stories = page('keep-tabular-data')

  it('keeps the table as rows of cells, its header row first', () => {
    expect(stories).toHaveLength(1)
    expect(stories[0].title).toBe('Friday Facts #282 - 0.17 in sight')
    const rows = stories[0].body.split('\n\n').filter((paragraph) => paragraph.includes(' | '))
    expect(rows[0]).toBe(
      '| General UX | UX draft | UX review | UI mockup | UI review | Implementation draft | Implementation review | Final review',
    )
    expect(rows).toContain('Train GUI kovarex | | | | | | | |')
    expect(rows).toHaveLength(24)
  })
})
