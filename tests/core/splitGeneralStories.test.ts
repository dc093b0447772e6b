import { describe, expect, it } from 'vitest'
import { splitDocument } from '../../src/main/core/split/splitDocument'
import type { SplitStory } from '../../src/main/core/split/types'

// Where a story starts and ends on pages laid out unlike the seeds: bylines printed under the
// lead, pictures in the middle of a story, headlines gathered at the page's end.

const split = (blocks: string[]): SplitStory[] => splitDocument(blocks.join('\n\n'), 'text')
const essence = (stories: SplitStory[]) =>
  stories.map(({ title, byline, kind, isTitleDerived }) => ({
    title,
    byline,
    kind,
    isTitleDerived,
  }))

const LEAD = '清晨六点，城东区的户外劳动者驿站已经亮起了灯。环卫工人周阿姨推门进来，接上一杯热水。'
const MORE = '目前，城东区已建成户外劳动者驿站32个，每天服务户外劳动者1500余人次。'
const QUOTE = '“我们要让驿站的温度不断提升。”区总工会有关负责人说。'

describe('a byline printed under the lead', () => {
  it('keeps the paragraphs under it in the story when nothing sets them apart', () => {
    const stories = split(['小小驿站暖人心', LEAD, '方明', MORE, QUOTE])
    expect(essence(stories)).toEqual([
      { title: '小小驿站暖人心', byline: '方明', kind: 'article', isTitleDerived: false },
    ])
    expect(stories[0].body.endsWith('区总工会有关负责人说。')).toBe(true)
  })

  it('still ends the story when what follows is closed by a credit of its own', () => {
    const stories = split(['小小驿站暖人心', LEAD, '方明', `${MORE}（江南）`])
    expect(essence(stories).map((story) => story.byline)).toEqual(['方明', '江南'])
    expect(stories[1].isTitleDerived).toBe(true)
  })
})

describe('a picture in the middle of a story', () => {
  it('is a photo item of its own when its caption is credited and the story goes on', () => {
    const caption = '驿站里，环卫工人正在休息。 常青 摄'
    const stories = split(['小小驿站暖人心', LEAD, `${MORE}\n\n\n`, caption, `${QUOTE}（方明）`])
    expect(essence(stories)).toEqual([
      { title: '小小驿站暖人心', byline: '方明', kind: 'article', isTitleDerived: false },
      { title: '环卫工人正在休息', byline: '常青', kind: 'photo', isTitleDerived: true },
    ])
    expect(stories[0].body).not.toContain('环卫工人正在休息')
    expect(stories[0].body.endsWith('区总工会有关负责人说。')).toBe(true)
  })

  it('reads an untitled caption in two paragraphs closed by a photo credit as a photo', () => {
    const stories = split([`${QUOTE}（方明）`, LEAD, `${MORE} 常青/摄`])
    expect(essence(stories).at(-1)).toMatchObject({ byline: '常青', kind: 'photo' })
    expect(stories.at(-1)?.body.split('\n\n')).toHaveLength(2)
  })
})

describe('headlines gathered at the end of the page', () => {
  const bodies = [
    '本报讯 近日，安平县总工会举办“安平工匠”颁奖仪式，10名一线职工获得“安平工匠”称号，每人获得奖励金2万元。（彭程）',
    '本报讯 近日，安平县总工会开展“就业援助月”活动，联合县人社局举办专场招聘会，32家企业提供岗位1100余个。（于洋）',
  ]

  it('keeps lines printed together as one headline, though one says little the body repeats', () => {
    const stories = split([
      ...bodies,
      '安平县总工会\n表彰“安平工匠”',
      '县总工会“就业援助月”\n送岗位到职工身边',
    ])
    expect(stories.map((story) => story.title)).toEqual([
      '安平县总工会 表彰“安平工匠”',
      '县总工会“就业援助月” 送岗位到职工身边',
    ])
  })

  it('gives a gathered line to the one story that shares its words, though they are few', () => {
    const review = [
      '2024年以来，睢宁县总工会围绕建功、维权、服务三大任务推动工作提质增效。',
      '组织职工建功立业，开展劳动竞赛36项。维护职工合法权益，签订工资集体合同460份。（县总工会办公室）',
    ]
    const stories = split([...bodies, ...review, '建功维权服务齐发力'])
    expect(stories.at(-1)?.title).toBe('建功维权服务齐发力')
  })

  it('still drops a gathered line that shares nothing with any story', () => {
    const stories = split([...bodies, '县总工会“就业援助月”', '一条与本页无关的标题'])
    expect(stories.map((story) => story.isTitleDerived)).toEqual([true, false])
    expect(stories[1].title).toBe('县总工会“就业援助月”')
  })
})
