import { describe, expect, it } from 'vitest'
import { reflow } from '../../src/main/core/text/reflow'

describe('reflow', () => {
  it('joins hard-wrapped CJK lines without a space', () => {
    expect(reflow('合肥市总工会全面启动“两节”送温暖\n活动。')).toBe(
      '合肥市总工会全面启动“两节”送温暖活动。',
    )
  })

  it('joins hard-wrapped Latin lines with one space', () => {
    expect(reflow('The quick brown fox\njumps over the lazy dog.')).toBe(
      'The quick brown fox jumps over the lazy dog.',
    )
  })

  it('reads a word split by a hard wrap as one word', () => {
    expect(reflow('全市各级工会组织一线职工疗休\n养136批次。')).toBe(
      '全市各级工会组织一线职工疗休养136批次。',
    )
    expect(reflow('A well-\nknown place.')).toBe('A well-known place.')
  })

  it('joins a paragraph broken by a blank line mid-sentence', () => {
    const page =
      '在全市各级工会的共同努力下，该市工会从\n\n2016 年初建档立卡 1.1435 万户困难职工减少\n\n到现在 329 户（包括新增）。'
    expect(reflow(page)).toBe(
      '在全市各级工会的共同努力下，该市工会从2016年初建档立卡1.1435万户困难职工减少到现在329户（包括新增）。',
    )
    expect(reflow('全市各级工会组织一线职工疗休\n\n养136批次。')).toBe(
      '全市各级工会组织一线职工疗休养136批次。',
    )
  })

  it('keeps real paragraph breaks, separated by a blank line', () => {
    expect(reflow('第一段结束了。\n\n第二段也结束了。\n第三段。')).toBe(
      '第一段结束了。\n\n第二段也结束了。\n\n第三段。',
    )
    expect(reflow('He left.\n\nShe stayed.')).toBe('He left.\n\nShe stayed.')
  })

  it('keeps a subhead as its own paragraph', () => {
    const page = [
      '截至 2020年 12月底，淮南市总工会实施了四个季度生活救助，全面完成了年度民生工程任务。',
      '',
      '健全机制，夯实帮扶工作基础',
      '',
      '成立了淮南市工会困难职工帮扶民生工程领导小组，制定了帮扶实施办法，精准实施帮扶救助。',
    ].join('\n')
    expect(reflow(page).split('\n\n')).toEqual([
      '截至2020年12月底，淮南市总工会实施了四个季度生活救助，全面完成了年度民生工程任务。',
      '健全机制，夯实帮扶工作基础',
      '成立了淮南市工会困难职工帮扶民生工程领导小组，制定了帮扶实施办法，精准实施帮扶救助。',
    ])
  })

  it('normalises CRLF and lone CR line endings', () => {
    expect(reflow('甲乙丙\r\n丁戊。\r\n\r\n己庚。')).toBe('甲乙丙丁戊。\n\n己庚。')
    expect(reflow('甲乙丙\r丁戊。\r\r己庚。')).toBe('甲乙丙丁戊。\n\n己庚。')
  })

  it('removes stray spaces that PDF extraction puts around numbers in CJK text', () => {
    expect(reflow('1月 11日下午，在 2020年 12月底送去慰问金 20万元。')).toBe(
      '1月11日下午，在2020年12月底送去慰问金20万元。',
    )
    expect(reflow('发放资金 657.992\n万元。')).toBe('发放资金657.992万元。')
  })

  it('keeps spaces that are printed on purpose and punctuation as printed', () => {
    expect(reflow('本报讯 12月17日上午，开展“工会服务暖民心 倾情助力促振兴”活动。')).toBe(
      '本报讯 12月17日上午，开展“工会服务暖民心 倾情助力促振兴”活动。',
    )
    expect(reflow('会上,通报了全市情况;(二期)工程。')).toBe('会上,通报了全市情况;(二期)工程。')
  })

  it('strips NBSP and ideographic indentation', () => {
    expect(
      reflow('\u3000\u3000本报讯 近日，市总工会开展活动。\n\u00a0\u00a0会议强调，要服务大局。'),
    ).toBe('本报讯 近日，市总工会开展活动。\n\n会议强调，要服务大局。')
  })
})
