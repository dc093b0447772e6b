import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitDocument } from '../../src/main/core/split/splitDocument'
import type { SplitStory } from '../../src/main/core/split/types'

// Pages written for these tests in the shapes issue 11 lists (menus built from headings,
// comment threads, related lists, hidden parts, tables, formulas, <br>-wrapped Chinese,
// metadata bylines, site names in titles); none is a copy of a real page.
const FIXTURES = join(import.meta.dirname, 'fixtures/html')
const split = (name: string): SplitStory[] =>
  splitDocument(readFileSync(join(FIXTURES, name), 'utf8'), 'html')

const allText = (stories: SplitStory[]): string =>
  stories.map((story) => [story.title, story.byline ?? '', story.body].join('\n')).join('\n')

describe('a Chinese news page', () => {
  const stories = split('zh-news-article.html')
  const [story] = stories

  it('is one story under its headline, without the site name', () => {
    expect(stories).toHaveLength(1)
    expect(story).toMatchObject({
      title: '市总工会开展职工疗休养活动 一线职工走进山区休养基地',
      isTitleDerived: false,
      kind: 'article',
    })
  })

  it('takes the byline from the 作者 line, never the 责任编辑 the metadata names', () => {
    expect(story.byline).toBe('王晓明 李华')
  })

  it('keeps the whole article: subheads inside, <br>-wrapped lines mended, the table as rows', () => {
    expect(story.body).toBe(
      [
        '本报讯 五月的江城山区草木葱茏。近日，市总工会组织今年第一批一线职工疗休养活动，来自环卫、公交、建筑等行业的八十名职工走进龙泉山职工疗休养基地，开始为期五天的休养。',
        '“平时天不亮就出门扫街，这次能和工友们一起出来走走，心里特别踏实。”环卫工人刘桂兰说。她已经在环卫岗位上工作了十二年，这是她第一次参加疗休养。',
        '一、行程安排兼顾休养与学习',
        '据介绍，本次疗休养安排了健康讲座、体检、红色教育和山区徒步等内容。市总工会相关负责人表示，疗休养活动既要让职工放松身心，也要让大家在学习中有收获。',
        '批次 | 出发日期 | 人数 | 行业',
        '第一批 | 5月10日 | 80 | 环卫、公交、建筑',
        '第二批 | 6月14日 | 120 | 医护、快递',
        '第三批 | 9月20日 | 100 | 制造业',
        '二、今年将覆盖三百名一线职工',
        '今年全市计划分三批组织三百名一线职工参加疗休养，优先安排长期在户外作业、劳动强度大的职工。各基层工会已完成推荐工作。',
        '基层工会：推荐向一线倾斜',
        '多家基层工会表示，推荐名单向一线倾斜，劳动模范和困难职工优先。',
      ].join('\n\n'),
    )
  })

  it('leaves out menus, furniture, widgets, related links, comments, ads, dialogs and the footer', () => {
    const text = allText(stories)
    for (const furniture of [
      '体育',
      '娱乐',
      '登录',
      '首页',
      '来源',
      '字号',
      '责任编辑',
      '分享到',
      '相关阅读',
      '快递小哥',
      '网友评论',
      '应该多办',
      '热点排行',
      '温泉酒店',
      '验证码',
      '评论模板',
      '统计代码',
      '版权所有',
      '联系我们',
    ])
      expect(text).not.toContain(furniture)
  })
})

describe('an English news page', () => {
  const stories = split('en-news-article.html')
  const [story] = stories

  it('is one story titled by its h1, not by the deck under it or the site', () => {
    expect(stories).toHaveLength(1)
    expect(story.title).toBe('River Valley Farmers Turn to Drip Irrigation as Summers Grow Drier')
  })

  it('takes the byline from JSON-LD: every author, not the profile address', () => {
    expect(story.byline).toBe('Mara Quinlan, Tom Ebner')
  })

  it('keeps subheads, formulas as their text and the table with its caption, header first', () => {
    const paragraphs = story.body.split('\n\n')
    expect(paragraphs).toContain('A third less water')
    expect(paragraphs).toContain('The cost question')
    expect(story.body).toContain('which the office estimates as V = \\frac{Q t}{n}, where the flow')
    expect(story.body).toContain('The saving in litres follows r^2 − 1 for each ring of emitters.')
    const caption = paragraphs.indexOf('Water used per acre, 2023 season')
    expect(paragraphs.slice(caption, caption + 4)).toEqual([
      'Water used per acre, 2023 season',
      'Method | Acre-feet | Yield (bushels)',
      'Furrow | 2.4 | 52',
      'Drip | 1.6 | 53',
    ])
    expect(paragraphs[0]).toBe(
      'For three generations the Ostrander family has flooded its bean fields every June. This year, for the first time, a thin black hose runs along each row instead.',
    )
    expect(paragraphs.at(-1)).toBe(
      'The extension office will hold an open field day on July 20 at the Ostrander farm.',
    )
  })

  it('leaves out hidden parts, comments, related links, the sidebar, the paywall and the footer', () => {
    const text = allText(stories)
    for (const furniture of [
      'newsletter',
      '▶',
      '00:00',
      'Dale P.',
      'never looked back',
      'Creek levels',
      'Most read',
      'free articles',
      'All rights reserved',
      'Topics:',
      'Tweet',
    ])
      expect(text).not.toContain(furniture)
  })
})

describe('a Chinese page whose lines are broken by <br>', () => {
  const [story, ...others] = split('zh-br-wrapped.html')

  it('drops the site suffix from the title and reads the byline from its 作者 line', () => {
    expect(others).toEqual([])
    expect(story.title).toBe('老街口的修鞋摊：三十年守着一方小凳')
    expect(story.byline).toBe('宋佳')
  })

  it('joins lines broken inside a sentence and keeps real breaks and short subheads', () => {
    expect(story.body.split('\n\n')).toEqual([
      '清晨七点，老街口的修鞋摊准时支了起来。一张小凳、一只工具箱，赵师傅在这里一坐就是三十年。',
      '“以前一天要修二三十双鞋，现在少了，可老街坊还是愿意拿过来。”赵师傅一边给鞋底上胶，一边和记者聊着。',
      '他说，修鞋这门手艺是父亲传下来的，自己也想一直做下去。',
      '一、手艺',
      '钉鞋掌、换拉链、补皮面，赵师傅样样在行。有顾客专门从城东坐公交车过来，只为找他补一双穿了十年的皮鞋。',
      '附近居民说，这个小摊已经成了老街的一部分。',
    ])
  })
})

describe('headlines', () => {
  it('keeps the h1 as the headline when an h2 kicker or deck follows it', () => {
    const html = `<html><head><title>Main headline - Daily Post</title></head><body>
      <h1>Main headline</h1><h2>A deck that says more about the story</h2>
      <p>The first paragraph of the story, long enough to read as prose for the page.</p>
      <h2>A subhead</h2><p>The second part of the story, which goes on for a while.</p></body></html>`
    const stories = splitDocument(html, 'html')
    expect(stories.map((story) => story.title)).toEqual(['Main headline'])
    expect(stories[0].body).toContain('A subhead\n\nThe second part of the story')
  })

  it('takes the headline from the title when the page has no h1, its site name left out', () => {
    const page = (title: string) =>
      `<title>${title}</title><p>近日，市总工会组织开展了夏季送清凉活动，慰问一线职工。</p>`
    expect(splitDocument(page('夏季送清凉活动启动 - 新华网'), 'html')[0].title).toBe(
      '夏季送清凉活动启动',
    )
    expect(splitDocument(page('夏季送清凉活动启动_网易新闻'), 'html')[0].title).toBe(
      '夏季送清凉活动启动',
    )
    expect(splitDocument(page('Summer relief begins | City Desk'), 'html')[0].title).toBe(
      'Summer relief begins',
    )
  })
})
