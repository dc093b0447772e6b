import { describe, expect, it } from 'vitest'
import { readCredit, readTrailingCredit } from '../../src/main/core/text/bylineCues'
import { isDateline, isHeadingShaped, isLabel } from '../../src/main/core/text/headingCues'
import { composeTitle } from '../../src/main/core/split/composeTitle'
import { deriveTitle } from '../../src/main/core/split/deriveTitle'

describe('byline and credit cues', () => {
  it.each([
    ['（合工 本报记者 何遐）', '合工 本报记者 何遐', false],
    ['(汪慧）', '汪慧', false],
    ['（权益部）', '权益部', false],
    ['□唐红生 张言召 记者 杨亦周 文/图', '唐红生 张言召 记者 杨亦周', false],
    ['顾进 文/图', '顾进', false],
    ['刘蕾蕾 陈松标 王建霞', '刘蕾蕾 陈松标 王建霞', false],
    ['陈菲 孙宜 摄', '陈菲 孙宜', true],
    ['陈茜/摄', '陈茜', true],
    ['By Jane Doe', 'Jane Doe', false],
    ['Photo by Ann Green', 'Ann Green', true],
  ])('reads %s as a credit', (line, byline, isPhoto) => {
    expect(readCredit(line)).toEqual({ byline, isPhoto })
  })

  it.each([
    '喜讯',
    '新闻速递',
    '市总工会',
    '铜陵市总工会',
    '扶贫村里的故事',
    '（上接第一版）',
    '围绕产业强市',
  ])('does not read %s as a credit', (line) => expect(readCredit(line)).toBeNull())

  it('finds a credit printed after the last sentence of a paragraph', () => {
    expect(readTrailingCredit('签署结对共建协议书。(黄元明)')).toEqual({
      byline: '黄元明',
      isPhoto: false,
      text: '签署结对共建协议书。',
    })
    expect(readTrailingCredit('文体用品。 陈茜/摄')).toEqual({
      byline: '陈茜',
      isPhoto: true,
      text: '文体用品。',
    })
    expect(readTrailingCredit('张竹青参加活动。姚佳佳/摄')?.byline).toBe('姚佳佳')
    // A name glued to the last sentence without a mark is more likely a sentence cut short.
    expect(readTrailingCredit('会议结束。王龙表示')).toBeNull()
    expect(readTrailingCredit('实施方案（试行）')).toBeNull()
  })
})

describe('headline cues', () => {
  it('recognises datelines in either script', () => {
    expect(isDateline('本报讯 近日，合肥市总工会')).toBe(true)
    expect(isDateline('本刊讯 12月17日上午')).toBe(true)
    expect(isDateline('新华社讯（记者 王明）近日')).toBe(true)
    expect(isDateline('SPRINGFIELD — The city library')).toBe(true)
    expect(isDateline('通讯员走访了企业')).toBe(false)
  })

  it('tells headline-shaped lines from sentences and fragments', () => {
    expect(isHeadingShaped('健全机制，夯实帮扶工作基础')).toBe(true)
    expect(isHeadingShaped('“四点半课堂”:守护成长不“真空”')).toBe(true)
    expect(isHeadingShaped('——追记合肥学院教师、驻村第一书记朱世群')).toBe(true)
    expect(isHeadingShaped('新时代职工文明实践基地建设初见成效。')).toBe(false)
    expect(isHeadingShaped('薛主席接到“任务”,先让学会手工编织的')).toBe(false)
    expect(isHeadingShaped('2018年,当他跟家人说要响应国家号召,投身脱贫攻坚事业')).toBe(false)
    expect(isHeadingShaped('“工会被誉为职工的娘家，把改革成效转化为服务职工群')).toBe(false)
    expect(isHeadingShaped('据悉,“六工惠”职工普惠平台全称为六安工会员卡银')).toBe(false)
  })

  it('recognises labels by list and by shape', () => {
    expect(isLabel('喜讯', false)).toBe(true)
    expect(isLabel('图说新闻', true)).toBe(true)
    expect(isLabel('要事速览', true)).toBe(true)
    expect(isLabel('COMMUNITY NEWS', true)).toBe(true)
    expect(isLabel('工会维', false)).toBe(false)
    expect(isLabel('市总工会', true)).toBe(false)
    expect(isLabel('郭敬', true)).toBe(false)
  })
})

describe('titles', () => {
  it('joins kicker and main line with a space, the organisation first', () => {
    expect(composeTitle(['市总工会', '开展富民强村帮促主题党日活动'])).toBe(
      '市总工会 开展富民强村帮促主题党日活动',
    )
    expect(composeTitle(['交流困难职工帮扶工作经验', '铜陵市总工会'])).toBe(
      '铜陵市总工会 交流困难职工帮扶工作经验',
    )
    expect(composeTitle(['生命绝唱铸忠诚 脱贫攻坚洒热血', '——追记合肥学院教师'])).toBe(
      '生命绝唱铸忠诚 脱贫攻坚洒热血 ——追记合肥学院教师',
    )
    expect(composeTitle(['——淮南市总工会2020年工作综述'])).toBe('淮南市总工会2020年工作综述')
  })

  it('derives a title from the first sentence, without dateline or opening clause', () => {
    expect(deriveTitle('本报讯 近日，合肥市总工会全面启动“两节”送温暖活动。此次活动')).toBe(
      '合肥市总工会全面启动“两节”送温暖活动',
    )
    expect(
      deriveTitle('3月22日，全省制造业大会在南京举行，会上表彰了江苏制造突出贡献奖100家优秀企业。'),
    ).toBe('全省制造业大会在南京举行')
    expect(deriveTitle('SPRINGFIELD — The library reopened on Monday. Visitors queued.')).toBe(
      'The library reopened on Monday',
    )
    const long = deriveTitle(
      '阜宁县总工会组织40名新就业形态女性劳动者在阜宁县现代医院开展“两癌”筛查活动。',
    )
    expect(long.endsWith('…')).toBe(true)
    expect(long.length).toBeLessThanOrEqual(40)
  })
})
