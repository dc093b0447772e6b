import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitDocument } from '../../src/main/core/split/splitDocument'
import type { SplitStory } from '../../src/main/core/split/types'

const FIXTURES = join(import.meta.dirname, 'fixtures/html')
const split = (html: string): SplitStory[] => splitDocument(html, 'html')
const fixture = (name: string): SplitStory[] => split(readFileSync(join(FIXTURES, name), 'utf8'))
const heads = (stories: SplitStory[]) => stories.map((story) => [story.title, story.byline])

describe('a newsletter laid out in HTML', () => {
  const stories = fixture('zh-digest.html')

  it('gives each headed story with its own dateline or byline, and nothing of the masthead or menu', () => {
    expect(heads(stories)).toEqual([
      ['市总工会启动夏季送清凉活动', '周敏'],
      ['区总工会举办职工技能大赛', '杨帆 许文'],
      ['困难职工帮扶资金全部发放到位', '韩雪'],
      ['市总工会职工服务中心开展“工会开放日”活动', '陈晨'],
    ])
  })

  it('keeps a subhead inside its story and takes bylines out of the bodies', () => {
    expect(stories[1].body).toBe(
      [
        '本报讯 日前，江北区总工会举办第五届职工技能大赛，来自三十多家企业的两百名选手参加了电工、焊工和数控车工三个项目的比赛。',
        '青年选手成绩突出',
        '本届大赛前十名中有六名是三十岁以下的青年职工，其中焊工项目冠军只有二十三岁。',
      ].join('\n\n'),
    )
    expect(stories[2].body).toBe(
      '本报讯 截至6月上旬，今年第一批困难职工帮扶资金已全部发放到位，覆盖全市各区县的一千二百户困难职工家庭。\n\n市总工会有关负责人表示，将持续跟踪帮扶对象的生活状况，做到应帮尽帮。',
    )
  })

  it('reads a photo under a column label as a photo story titled by its caption', () => {
    expect(stories[3]).toMatchObject({
      kind: 'photo',
      isTitleDerived: true,
      body: '6月12日，市总工会职工服务中心开展“工会开放日”活动，职工家属参观了中心的各项服务设施。',
    })
    const all = stories.map((story) => story.body).join('\n')
    for (const furniture of ['往期回顾', '本期8版', '主办', '电话'])
      expect(all).not.toContain(furniture)
  })
})

describe('a digest of several <article> elements', () => {
  const stories = fixture('en-digest-articles.html')

  it('gives one story per article, leaving out teasers, comments and the footer', () => {
    expect(heads(stories)).toEqual([
      ['The Last Crosstown Ferry', 'Ines Carvalho'],
      ['Keeping the Lights On', 'Samuel Oduya'],
      ['Why the Harbour Never Silts', 'Ines Carvalho'],
    ])
    expect(stories[1].body).toContain('A lens from Paris\n\nThe lens itself was made in Paris')
    const all = stories.map((story) => story.body).join('\n')
    for (const furniture of ['tugboat', 'fog', 'Great issue', 'fish market', 'Archive'])
      expect(all).not.toContain(furniture)
  })
})

describe('one article or several, by structure', () => {
  const paragraph = (words: string) =>
    `<p>${words} The council met on Tuesday and agreed the plan after a long debate.</p>`

  it('splits headed sections that each carry a dateline or byline, whatever the markup', () => {
    const html = `<title>Morning Briefing</title><div class="briefing">
      <h2>Bridge to reopen</h2><p>LONDON — The Hammersmith bridge will reopen to cyclists next month.</p>${paragraph('Repairs ran late.')}
      <h2>Museum extends hours</h2><p>By Priya Nair</p>${paragraph('The museum stays open until nine.')}
      <h2>Rail strike called off</h2>${paragraph('Unions and managers reached a deal.')}<p>By Owen Hale</p></div>`
    expect(heads(split(html))).toEqual([
      ['Bridge to reopen', null],
      ['Museum extends hours', 'Priya Nair'],
      ['Rail strike called off', 'Owen Hale'],
    ])
  })

  it('keeps an article whole when only its own section has a byline, its h2s being subheads', () => {
    const html = `<title>How the plan was made | City Desk</title>
      <h1>How the plan was made</h1><p>By Priya Nair</p>${paragraph('It began in spring.')}
      <h2>The first vote</h2>${paragraph('Three members abstained.')}
      <h2>The second vote</h2>${paragraph('The plan passed.')}`
    const stories = split(html)
    expect(heads(stories)).toEqual([['How the plan was made', 'Priya Nair']])
    expect(stories[0].body).toContain('The first vote')
    expect(stories[0].body).toContain('The second vote')
  })

  it('reads a list of teasers with bylines (linked headlines, short summaries) as no stories of their own', () => {
    const teaser = (title: string, by: string) =>
      `<div class="card"><h3><a href="/${by}">${title}</a></h3><p>A short summary of the piece.</p><p>By ${by}</p></div>`
    const html = `<title>The long read | Weekly</title><h1>The long read</h1><p>By Ada Brook</p>
      ${paragraph('It started with a letter.').repeat(6)}
      <h2>More stories</h2>${teaser('Ferries', 'Ines Carvalho')}${teaser('Lights', 'Samuel Oduya')}${teaser('Fog', 'Owen Hale')}`
    expect(heads(split(html))).toEqual([['The long read', 'Ada Brook']])
  })

  it('keeps the page one article when one of its cued parts is headed by the page title', () => {
    const html = `<title>Council backs the plan - City Desk</title>
      <h2>Council backs the plan</h2><p>By Priya Nair</p>${paragraph('It began in spring.')}
      <h2>What residents said</h2><p>By Owen Hale</p>${paragraph('Most were pleased.')}`
    expect(split(html).map((story) => story.title)).toEqual(['Council backs the plan'])
  })

  it('splits a page that names no title at all at its headings, as before', () => {
    const html = `<html><body><h2>劳模疗休养活动顺利举行</h2><p>市总工会近日组织全市劳动模范开展疗休养活动。</p>
      <h2>困难职工帮扶工作再上台阶</h2><p>困难职工帮扶资金已经全部发放到位。</p></body></html>`
    expect(split(html).map((story) => story.title)).toEqual([
      '劳模疗休养活动顺利举行',
      '困难职工帮扶工作再上台阶',
    ])
  })

  it('does not make stories of a channel menu built from headings', () => {
    const menu = ['新闻', '体育', '娱乐', '财经'].map((name) => `<h2><a href="/">${name}</a></h2>`)
    const html = `<html><body>${menu.join('')}<h1>市总工会开展送温暖活动</h1>
      <p>近日，市总工会开展送温暖活动，走访慰问困难职工家庭一百二十户。</p></body></html>`
    expect(heads(split(html))).toEqual([['市总工会开展送温暖活动', null]])
  })
})
