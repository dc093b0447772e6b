import { describe, expect, it } from 'vitest'
import { splitDocument } from '../../src/main/core/split/splitDocument'
import type { SplitStory } from '../../src/main/core/split/types'
import { readCredit } from '../../src/main/core/text/bylineCues'
import { isCouplet, isHeadingShaped, isLabel } from '../../src/main/core/text/headingCues'
import { wrapLine } from './fixtures/newsletters/layOut'

// Layout cues the splitter reads on pages it has not seen, one page per cue. Each page failed
// before the cue was read.

const split = (lines: string[]): SplitStory[] => splitDocument(lines.join('\n'), 'text')
const titles = (stories: SplitStory[]): string[] => stories.map((story) => story.title)
const wrapped = (text: string, width = 20): string[] => wrapLine(text, width)

const FIRST_BODY =
  '今年以来，城关区总工会围绕园区重点企业用工需求，开展电工、焊工技能培训竞赛，全区40家企业的300余名职工参加。'
const SECOND_BODY =
  '本报讯 12月2日，桥西区总工会走访慰问辖区环卫工人，送去棉衣、手套等御寒物资，价值12万元。'

describe('a headline on a narrow column', () => {
  it('is read apart from a body glued under it when it stops short of the column', () => {
    const stories = split([
      '城关区总工会举办职工技能培训竞赛',
      ...wrapped(FIRST_BODY),
      '（李明）',
      '',
      '桥西区总工会慰问环卫工人',
      ...wrapped(SECOND_BODY),
    ])
    expect(titles(stories)).toEqual([
      '城关区总工会举办职工技能培训竞赛',
      '桥西区总工会慰问环卫工人',
    ])
    expect(stories[0].isTitleDerived).toBe(false)
    expect(stories[0].body.startsWith('今年以来')).toBe(true)
  })

  it('keeps the pieces of a headline the wrap broke, a short last piece not read as a byline', () => {
    const headline = wrapped('桥西区总工会召开学习王建华同志先进事迹座谈会')
    expect(headline).toEqual(['桥西区总工会召开学习王建华同志先进事迹座', '谈会'])
    const stories = split([...wrapped(FIRST_BODY), '', ...headline, ...wrapped(SECOND_BODY)])
    expect(stories.at(-1)).toMatchObject({ byline: null, isTitleDerived: false })
    expect(stories.at(-1)?.title.replace(/\s/g, '')).toBe(
      '桥西区总工会召开学习王建华同志先进事迹座谈会',
    )
  })

  it('keeps both main lines and the whole subtitle when the subtitle is wrapped', () => {
    const subtitle = wrapped('——记全国五一劳动奖章获得者、城关区供电公司变电运维班班长邹凯')
    expect(subtitle.length).toBe(2)
    const body = [...wrapped(FIRST_BODY), '', ...wrapped(SECOND_BODY.replace('本报讯 ', ''))]
    const stories = split(['守护万家灯火', '点亮职工心灯', ...subtitle, '', ...body])
    expect(stories).toHaveLength(1)
    expect(stories[0].title.replace(/\s/g, '')).toBe(
      '守护万家灯火点亮职工心灯——记全国五一劳动奖章获得者、城关区供电公司变电运维班班长邹凯',
    )
  })

  it('reads a line over a dateline as its headline even when it ends on a particle', () => {
    const stories = split([...wrapped(FIRST_BODY, 30), '', '区总工会送温暖到一线的', SECOND_BODY])
    expect(titles(stories).at(-1)).toBe('区总工会送温暖到一线的')
    expect(stories).toHaveLength(2)
  })

  it('does not take a paragraph set in short unpunctuated lines for a run of headlines', () => {
    const lines = Array.from({ length: 30 }, (_, at) => `第${at}批职工疗休养名单公示`)
    const stories = split([...lines.slice(0, -1), `${lines.at(-1)}。`])
    expect(stories).toHaveLength(1)
    expect(stories[0].body.startsWith('第0批职工疗休养名单公示第1批')).toBe(true)
  })
})

describe('blank lines and indents', () => {
  it('reads blank lines against the page: two between every block are not a picture gap', () => {
    const page = [
      '城关区总工会举办职工技能培训竞赛',
      FIRST_BODY,
      '东关街道工会',
      '为快递小哥建起暖心驿站',
    ]
    const stories = split([...page, SECOND_BODY.replace('本报讯 ', '')].join('\n\n\n').split('\n'))
    expect(stories.map(({ title, kind }) => ({ title, kind }))).toEqual([
      { title: '城关区总工会举办职工技能培训竞赛', kind: 'article' },
      { title: '东关街道工会 为快递小哥建起暖心驿站', kind: 'article' },
    ])
  })

  it('reads a page of one paragraph per line with no blank lines as unwrapped', () => {
    const stories = split(['区总工会慰问环卫工人', SECOND_BODY, '县总工会举办技能竞赛', FIRST_BODY])
    expect(titles(stories)).toEqual(['区总工会慰问环卫工人', '县总工会举办技能竞赛'])
  })

  it('sets a label apart from the headline under it on an indented page', () => {
    const stories = split([
      '职工心声',
      '食堂饭菜香了，干劲更足了',
      `\u3000\u3000${FIRST_BODY}`,
      '基层传真',
      '桥西区总工会慰问环卫工人',
      `\u3000\u3000${SECOND_BODY}`,
    ])
    expect(titles(stories)).toEqual(['食堂饭菜香了，干劲更足了', '桥西区总工会慰问环卫工人'])
  })

  it('does not take a continuation mark for a headline', () => {
    const stories = split(['（上接第一版）', '', FIRST_BODY, '', '（李明）'])
    expect(stories).toHaveLength(1)
    expect(stories[0].isTitleDerived).toBe(true)
    expect(stories[0].body.startsWith('今年以来')).toBe(true)
    expect(isLabel('（下转第4版）', false)).toBe(true)
  })
})

describe('headline shape', () => {
  it('lets a feature ask its question in the headline, not a speaker in the body', () => {
    expect(isHeadingShaped('职工疗休养，怎么休才舒心？')).toBe(true)
    expect(isHeadingShaped('记者：在服务职工方面有哪些举措？')).toBe(false)
    expect(isHeadingShaped('“这样的驿站还有吗？”')).toBe(false)
    const stories = split(['职工疗休养，怎么休才舒心？', '', FIRST_BODY, '', '（龚丽）'])
    expect(stories).toMatchObject([{ title: '职工疗休养，怎么休才舒心？', isTitleDerived: false }])
  })
  it('reads a couplet of two phrases as a headline line, not text the page cut off', () => {
    expect(isCouplet('谱写绿色家园新篇章 书写职工服务新答卷')).toBe(true)
    expect(isCouplet('“工会服务暖民心 倾情助力促振兴”义剪美发活动；')).toBe(false)
    // Three full lines, the last one cut in mid-sentence by the end of the column.
    const cut = wrapped(
      '今年以来，城关区总工会围绕园区重点企业用工需求，开展电工、焊工技能培训竞赛，全区各家企业的三百余名职工参加，并在技能比武',
    )
    expect(cut.map((line) => line.length)).toEqual([20, 20, 20])
    const page = [
      ...cut,
      '谱写绿色家园新篇章 书写职工服务新答卷',
      '桥西区总工会慰问环卫工人',
      ...wrapped(SECOND_BODY),
    ]
    expect(titles(split(page.join('\n\n').split('\n'))).at(-1)).toBe(
      '谱写绿色家园新篇章 书写职工服务新答卷 桥西区总工会慰问环卫工人',
    )
  })
})

describe('credits', () => {
  it('reads a photo credit the wrap cut after the caption', () => {
    const caption = ['12月6日，石桥镇工会组织职工开展消防演练，120名职工参加。 魏东/', '摄']
    const stories = split(['图片新闻', '', ...caption])
    expect(stories).toMatchObject([{ kind: 'photo', byline: '魏东', isTitleDerived: true }])
  })

  it('reads a picture lent by someone as a photo credit', () => {
    expect(readCredit('（图片由城南区总工会提供）')).toEqual({
      byline: '城南区总工会',
      isPhoto: true,
    })
    expect(readCredit('(市总工会供图)')).toEqual({ byline: '市总工会', isPhoto: true })
    const stories = split(['图片新闻', '', '职工在驿站休息。（图片由城南区总工会提供）'])
    expect(stories).toMatchObject([{ kind: 'photo', byline: '城南区总工会' }])
  })

  it("reads a signature of the writer's unit and name as a byline", () => {
    expect(readCredit('开发区某机械厂职工 邓强')).toEqual({
      byline: '开发区某机械厂职工 邓强',
      isPhoto: false,
    })
    expect(readCredit('开发区某机械厂职工')).toBeNull()
    expect(readCredit('邓强 开发区某机械厂职工')).toBeNull()
  })
})
