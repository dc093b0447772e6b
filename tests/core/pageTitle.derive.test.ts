import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { derivePageTitle } from '../../src/main/core/split/derivePageTitle'
import { findDate } from '../../src/main/core/split/pageDate'
import { splitDocument } from '../../src/main/core/split/splitDocument'
import type { SourceFormat } from '../../src/shared/types'

const FIXTURES = resolve(import.meta.dirname, 'fixtures')
const titleOf = (text: string, format: SourceFormat = 'text') =>
  derivePageTitle(text, format, splitDocument(text, format)[0]?.title ?? null)

const BODY =
  '本报讯 近日，市总工会召开全市工会工作会议，总结今年工作，部署明年任务。各县区总工会主要负责人参加会议。'

describe('a page names itself', () => {
  it('by its newsletter name and date when the masthead prints both', () => {
    const text = `江城工会通讯\n2024年3月5日  星期二  第312期\n\n市总工会召开全市工会工作会议\n\n${BODY}\n`
    expect(titleOf(text)).toEqual({ title: '江城工会通讯 · 2024年3月5日', date: '2024-03-05' })
  })

  it('by a name and date sharing one line, with issue marks left out', () => {
    const text = `工会周报 | 总第88期 | 二〇二三年十二月二十日\n\n劳模工作室揭牌\n\n${BODY}\n`
    expect(titleOf(text)).toEqual({
      title: '工会周报 · 二〇二三年十二月二十日',
      date: '2023-12-20',
    })
    const english = `The Union Weekly — March 5, 2024\n\nCouncil meets\n\nThe council met on Monday to plan the year and agreed a budget.\n`
    expect(titleOf(english)).toEqual({
      title: 'The Union Weekly · March 5, 2024',
      date: '2024-03-05',
    })
  })

  it('by a column name over the first headline when no date is printed', () => {
    const text = readFileSync(join(FIXTURES, 'newsletters', '01-glued-headlines.txt'), 'utf8')
    expect(titleOf(text)).toEqual({
      title: '新闻速递 · 江宁区总工会举办职工电工技能培训竞赛',
      date: null,
    })
  })

  it('never by a date in the body, nor a byline or a sentence as the name', () => {
    const text = `□记者 王晨\n\n市总工会召开会议\n\n${BODY}\n\n2024年3月5日，会议闭幕。\n`
    const { title, date } = titleOf(text)
    expect(date).toBeNull()
    expect(title).not.toContain('记者')
  })

  it('for every newsletter fixture, with something of its first lines', () => {
    const dir = join(FIXTURES, 'newsletters')
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8')
      const { title } = titleOf(text)
      expect(title, name).not.toBe('')
      expect(title.length, name).toBeLessThanOrEqual(80)
      const head = text.slice(0, 600).replace(/\s+/g, '')
      expect(head, name).toContain(title.split(' · ').at(-1)!.replace(/\s+/g, '').slice(0, 6))
    }
  })

  it('an HTML page by its title without the site name, and its published date', () => {
    const html = readFileSync(join(FIXTURES, 'html', 'en-news-article.html'), 'utf8')
    expect(titleOf(html, 'html')).toEqual({
      title: 'River Valley Farmers Turn to Drip Irrigation as Summers Grow Drier',
      date: '2024-07-02',
    })
    const bare =
      '<html><head><title>工会通讯 2024年第12期 | 江城工会网</title></head><body><p>短讯。</p></body></html>'
    expect(derivePageTitle(bare, 'html', null).title).toBe('工会通讯 2024年第12期')
  })

  it('a Markdown page by its top heading', () => {
    expect(
      titleOf('# 读书会纪要\n\n本月读书会讨论了三本新书，大家各抒己见，气氛热烈。\n', 'markdown')
        .title,
    ).toBe('读书会纪要')
  })

  it('reads dates in the forms newsletters print', () => {
    expect(findDate('2024-3-5')?.iso).toBe('2024-03-05')
    expect(findDate('5 March 2024')?.iso).toBe('2024-03-05')
    expect(findDate('二〇二四年十月一日')?.iso).toBe('2024-10-01')
    expect(findDate('2024年13月5日')).toBeNull()
    expect(findDate('12月19日')).toBeNull()
  })
})
