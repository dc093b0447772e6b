import { describe, expect, it } from 'vitest'
import { describeSpan } from '../../src/main/core/anchor/describeSpan'
import { reanchor } from '../../src/main/core/anchor/reanchor'

const BODY = [
  '市总工会组织劳模开展疗休养活动，职工反响热烈。',
  '困难职工帮扶资金已经发放到位，覆盖全市各区县。',
  '下一步，工会将继续做好困难职工帮扶工作。',
].join('\n\n')

/** Anchors `quote` (its first occurrence) in `body`, as a stored highlight would be. */
const anchorOf = (body: string, quote: string, occurrence = 0) => {
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = body.indexOf(quote, at + 1)
  const start = Array.from(body.slice(0, at)).length
  return describeSpan(body, start, start + Array.from(quote).length)
}

const textAt = (body: string, position: { start: number; end: number }) =>
  Array.from(body).slice(position.start, position.end).join('')

describe('reanchor', () => {
  it('keeps the stored position while the quote is still there', () => {
    const anchor = anchorOf(BODY, '发放到位')
    expect(reanchor(BODY, anchor)).toEqual({ position: anchor.position, errors: 0 })
  })

  it('follows text inserted before the highlight', () => {
    const anchor = anchorOf(BODY, '发放到位')
    const body = `本报讯（记者 王某）新增的一段导语。\n\n${BODY}`
    const placement = reanchor(body, anchor)
    expect(placement?.errors).toBe(0)
    expect(textAt(body, placement!.position)).toBe('发放到位')
    expect(placement!.position.start).toBeGreaterThan(anchor.position.start)
  })

  it('tells repeated quotes apart by their context, not by the first occurrence', () => {
    const anchor = anchorOf(BODY, '困难职工帮扶', 1)
    const body = `开头多了几个字。${BODY}`
    const placement = reanchor(body, anchor)!
    expect(textAt(body, placement.position)).toBe('困难职工帮扶')
    // The second occurrence, after 继续做好, as before.
    expect(Array.from(body).slice(0, placement.position.start).join('')).toContain('继续做好')
  })

  it('finds a lightly edited quote by fuzzy matching', () => {
    const anchor = anchorOf(BODY, '困难职工帮扶资金已经发放到位，覆盖全市各区县')
    const body = BODY.replace('已经发放到位', '已全部发放到位')
    const placement = reanchor(body, anchor)!
    expect(placement.errors).toBeGreaterThan(0)
    expect(textAt(body, placement.position)).toContain('发放到位')
    expect(textAt(body, placement.position).startsWith('困难职工')).toBe(true)
  })

  it('returns null (an orphan) when the quoted text is gone', () => {
    const anchor = anchorOf(BODY, '困难职工帮扶资金已经发放到位')
    const body = BODY.replace('困难职工帮扶资金已经发放到位，覆盖全市各区县。\n\n', '')
    expect(reanchor(body, anchor)).toBeNull()
  })

  it('counts code points, so text beyond the BMP before a highlight does not shift it', () => {
    const body = `𠀀𠀁😀 ${BODY}`
    const anchor = anchorOf(BODY, '疗休养')
    const placement = reanchor(body, anchor)!
    expect(placement.position.start).toBe(anchor.position.start + 4)
    expect(textAt(body, placement.position)).toBe('疗休养')
    const emojiAnchor = anchorOf(body, '😀 市总')
    expect(emojiAnchor.position).toEqual({ start: 2, end: 6 })
    expect(reanchor(`新${body}`, emojiAnchor)!.position).toEqual({ start: 3, end: 7 })
  })
})
