import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitDocument } from '../../src/main/core/split/splitDocument'
import type { SplitStory } from '../../src/main/core/split/types'
import { rewrap } from './fixtures/split/rewrap'

const SEED_DIR = resolve(import.meta.dirname, '../../seeds')
const readSeed = (name: string): string => readFileSync(resolve(SEED_DIR, name), 'utf8')

interface Expected {
  /** The printed headline as read (kicker, main line, subtitle), or for a derived title a part of it. */
  title: string
  isDerived?: boolean
  byline: string | null
  kind?: 'article' | 'photo'
  starts: string
  ends: string
}

// The truth for the five seed pages, decided by reading them.
const SEEDS: Record<string, Expected[]> = {
  '000_a6102d58e25d08d6.txt': [
    {
      title: '市总工会 开展富民强村帮促主题党日活动',
      byline: '唐红生 张言召 记者 杨亦周',
      starts: '市总工会和市劳模协会',
      ends: '贡献自己的力量。',
    },
    {
      title: '市总工会机关 组织开展银龄续展风采活动',
      byline: '顾进',
      starts: '本刊讯 12月17日上午',
      ends: '李青参加了活动。',
    },
    {
      title: '市总工会 关心关爱困难职工',
      byline: '周锦',
      starts: '本刊讯 寒冬送温暖',
      ends: '“广度”和“温度”。',
    },
  ],
  '001_a2a051d0fb4e3a2d.txt': [
    {
      title: '东台市总工会研讨新的一年工作思路',
      byline: '王思颖',
      starts: '本刊讯 12月20日下午',
      ends: '跨越发展的磅礴力量。',
    },
    {
      title: '阜宁县总工会立足“四抓”激发“她力量”',
      byline: '林会 周永祥',
      starts: '本刊讯 今年以来',
      ends: '提高社会形象。',
    },
    {
      title: '滨海县总工会设立“助工台”服务职工',
      byline: null,
      starts: '本刊讯 “我患糖尿病',
      ends: '在现场办结,对重',
    },
    {
      title: '谱写绿色盐城新篇章 书写工会工作新答卷 响水县总工会巧解“伴学妈妈”就业难',
      byline: '刘蕾蕾 陈松标 王建霞',
      starts: '近年来,针对适龄儿童减少',
      ends: '成为灵活就业的职女。',
    },
    {
      title: '阜宁县总工会组织40名新就业形态女性劳动者',
      isDerived: true,
      byline: '陈菲 孙宜',
      kind: 'photo',
      starts: '12月20日上午',
      ends: '“两癌”筛查活动。',
    },
    {
      title: '盐南高新区总工会设立骑手子女“儿童之家”',
      byline: '郭敬',
      starts: '本刊讯 随着新就业群体',
      ends: '劳动者心坎上。',
    },
    {
      title: '盐都区总工会为新就业群体女职工送去暖心关爱',
      byline: '周荣霞 王蕾 潘海滨',
      starts: '本刊讯 “以前就听说',
      ends: '的贴心关怀。',
    },
    {
      title: '建湖县总工会深化产改助力经济高质量发展',
      byline: '陈玲玲 徐龙',
      starts: '本刊讯 今年以来,建湖县',
      ends: '工作室6个。',
    },
    {
      title: '盐城经开区工会“关爱货车司机”慰问送温暖',
      byline: '丁岚 王源',
      starts: '本刊讯 为贯彻落实',
      ends: '的良好氛围。',
    },
  ],
  '002_cd74bbb9f79528f1.txt': [
    {
      title: '合肥市总工会全面启动“两节”送温暖活动',
      isDerived: true,
      byline: '合工 本报记者 何遐',
      starts: '本报讯 近日，合肥市',
      ends: '慰问金5万元。',
    },
    {
      title: '淮南市总工会2020年实施困难职工帮扶民生工程综述',
      byline: '权益部',
      starts: '2020年以来，淮南市',
      ends: '解困脱困1.2220万余户。',
    },
    {
      title: '马鞍山市总工会 305万元温暖困难职工',
      byline: '汪慧',
      starts: '本报讯 日前，马鞍山市',
      ends: '发放慰问金工作。',
    },
    {
      title: '广德市总工会 筑基固本搭建职工“精神家园”',
      byline: '刘自强',
      starts: '本报讯 2020年，广德市',
      ends: '全国模范职工之家。',
    },
    {
      title: '界首市总工会',
      isDerived: true,
      byline: '王晓文',
      starts: '本报讯 2020年，界首市',
      ends: '服务职工群众。',
    },
    {
      title: '送 服务 大年过',
      byline: '陈茜',
      kind: 'photo',
      starts: '1月19日上午，皖北煤电',
      ends: '1000余件文体用品。',
    },
  ],
  '003_4c385a978e0e8f57.txt': [
    {
      title: '宿州市总工会 模范职工之家“结对共建”启动',
      byline: '黄元明',
      starts: '本报讯 近日,宿州市',
      ends: '结对共建协议书。',
    },
    {
      title: '宣城市总工会 “三个融入”推动党史学习教育',
      byline: '周岚',
      starts: '本报讯 近期,宣城市',
      ends: '工会工作水平。',
    },
    {
      title: '安庆市总工会 首办工资集体协商技能竞赛',
      byline: '程子潇',
      starts: '本报讯 4月13日上午',
      ends: '抓取信息的能力。',
    },
    {
      title: '蚌埠“劳模贷”首批发放贷款2435万元',
      byline: '徐希涛',
      starts: '本报讯 4月9日',
      ends: '助力实现乡村振兴。',
    },
    {
      title: '六安“六工惠”职工普惠平台签约建设',
      byline: '沈春 李宗泰',
      starts: '本报讯 为贯彻落实安徽',
      ends: '线下直享”新模式。',
    },
    {
      title: '铜陵市总工会 交流困难职工帮扶工作经验',
      byline: '吴兆虎',
      starts: '本报讯 4月13日,铜陵',
      ends: '值得信赖的“娘家人”。',
    },
    {
      title: '党史进工地 传递正能量',
      byline: '姚佳佳',
      kind: 'photo',
      starts: '4月13日,在合肥花园',
      ends: '张竹青参加活动。',
    },
    {
      title: '“四点半课堂”:守护成长不“真空”',
      byline: '王士哲',
      starts: '本报讯 教室里',
      ends: '阳光家园”称号。',
    },
    {
      title: '生命绝唱铸忠诚 脱贫攻坚洒热血 ——追记合肥学院教师、驻村第一书记朱世群',
      byline: '张琳琳',
      starts: '4月2日,年仅42岁',
      ends: '向朱世群同志学习活动。',
    },
  ],
  '004_ba5114582805602c.txt': [
    {
      title: '办实事、做好事、解难事 盐城市总工会倾心打造工会工作“升级版”',
      byline: '戴红军 陈吉军',
      starts: '“劳动最光荣，劳动者最伟大',
      ends: '改革带来的实效。',
    },
    {
      title: '全省制造业大会在南京举行',
      isDerived: true,
      byline: null,
      starts: '3月22日，全省制造业大会',
      ends: '“江苏制造工匠”。',
    },
    {
      title: '一个重点、两项活动、三大工程、四个能力 盐都区总工会贴心服务职工“零距离”',
      byline: '王新慧 顾涛 顾泽荣',
      starts: '“劳动最光荣，在今后的工作中',
      ends: '选优配强基层工会干部。',
    },
    {
      title: '基层示范工会推进会现场',
      byline: null,
      kind: 'photo',
      starts: '基层示范工会推进会现场',
      ends: '推进会现场',
    },
  ],
}

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
