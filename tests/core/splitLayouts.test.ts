import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitDocument } from '../../src/main/core/split/splitDocument'
import { rewrap } from './fixtures/split/rewrap'

const fixture = (name: string): string =>
  readFileSync(resolve(import.meta.dirname, 'fixtures/split', name), 'utf8')

describe('an English newsletter page', () => {
  const stories = splitDocument(fixture('english-newsletter.txt'), 'text')

  it('finds the stories by headline, dateline, byline and photo credit', () => {
    expect(
      stories.map(({ title, isTitleDerived, byline, kind }) => ({
        title,
        isTitleDerived,
        byline,
        kind,
      })),
    ).toEqual([
      {
        title: 'Library reopens after repairs',
        isTitleDerived: false,
        byline: 'Jane Doe',
        kind: 'article',
      },
      {
        title: 'Bake sale raises funds for new playground',
        isTitleDerived: false,
        byline: 'Mark Smith',
        kind: 'article',
      },
      {
        title: 'Volunteers clean the riverbank on Sunday morning before the spring festival',
        isTitleDerived: true,
        byline: 'Ann Green',
        kind: 'photo',
      },
    ])
  })

  it('joins wrapped English lines with spaces and keeps the dateline', () => {
    expect(stories[0].body.split('\n\n')).toEqual([
      "SPRINGFIELD — The city library reopened on Monday after three months of repairs to its roof and heating. Visitors queued from early morning, and the children's corner was full by ten.",
      'The work cost $1.2 million, paid for by a state grant, and the reading room now stays open until nine on weekdays.',
    ])
  })
})

describe('an English page without bylines or datelines', () => {
  it('starts a story at each headline that does not read as a subhead', () => {
    const page = [
      'Town council approves the new cycle lanes',
      '',
      'The town council voted on Tuesday to build four kilometres of cycle',
      'lanes along the river road, after two years of debate and a public',
      'consultation that drew more than nine hundred replies.',
      '',
      'Work starts in May.',
      '',
      'School choir wins the regional music festival',
      '',
      "The choir of St Mary's School won first prize at the regional music",
      'festival in Leeds on Saturday, beating eleven other schools.',
    ].join('\n')
    expect(
      splitDocument(page, 'text').map(({ title, body }) => [title, body.split('\n\n').length]),
    ).toEqual([
      ['Town council approves the new cycle lanes', 2],
      ['School choir wins the regional music festival', 1],
    ])
  })
})

describe('a Chinese page without blank lines, indented paragraphs and bracketed bylines', () => {
  const page = fixture('bracket-bylines.txt')
  const stories = splitDocument(page, 'text')

  it('splits at headlines and reads bylines from the ends of paragraphs', () => {
    expect(stories.map(({ title, byline, kind }) => ({ title, byline, kind }))).toEqual([
      { title: '市总工会召开十五届三次全委会', byline: '记者 王明', kind: 'article' },
      { title: '区总工会开展冬季送温暖活动', byline: '通讯员 李华 赵强', kind: 'article' },
      { title: '县总工会在工业园区举办职工技能比武', byline: '张伟', kind: 'photo' },
    ])
    expect(stories[0].body).toBe(
      '本报讯 1月10日，市总工会召开十五届三次全委（扩大）会议，总结2024年工作，部署2025年任务。会议听取了工作报告，审议通过了有关决议。\n\n会议强调，各级工会要围绕中心、服务大局，团结动员广大职工建功新时代。',
    )
    expect(stories[2].isTitleDerived).toBe(true)
  })

  it('splits the same way re-wrapped and with CRLF', () => {
    const essence = (text: string): unknown =>
      splitDocument(text, 'text').map(({ title, byline, kind, body }) => ({
        title,
        byline,
        kind,
        body,
      }))
    expect(essence(rewrap(page, 21, '\n', 30))).toEqual(essence(page))
    expect(essence(page.replace(/\n/g, '\r\n'))).toEqual(essence(page))
  })
})

describe('a page of untitled items', () => {
  it('derives titles and never returns an empty story', () => {
    const page =
      '简讯\n\n本报讯 近日，市总工会举办职工书法展，展出作品120幅。（王明）\n\n本报讯 3月5日，区总工会开展学雷锋志愿服务活动。（李华）\n'
    expect(splitDocument(page, 'text').map(({ title, byline }) => ({ title, byline }))).toEqual([
      { title: '市总工会举办职工书法展，展出作品120幅', byline: '王明' },
      { title: '区总工会开展学雷锋志愿服务活动', byline: '李华' },
    ])
    expect(splitDocument('\n\n  \n', 'text')).toEqual([])
  })
})
