import { describe, expect, it } from 'vitest'
import { foldText } from '../../src/main/core/text/foldText'
import { compileTerm } from '../../src/main/core/search/matchTerm'
import { buildSnippet } from '../../src/main/core/search/snippet'

const snippet = (text: string, ...terms: string[]) =>
  buildSnippet(text, foldText(text), terms.map(compileTerm))
const marked = (result: { text: string; matches: Array<[number, number]> }) =>
  result.matches.map(([start, end]) => result.text.slice(start, end))

const LONG = '前'.repeat(200) + '市总工会开展活动' + '后'.repeat(200)

describe('buildSnippet', () => {
  it('cuts ~100 characters around the first match, with ellipses', () => {
    const result = snippet(LONG, '总工会')
    expect(result.text.startsWith('…')).toBe(true)
    expect(result.text.endsWith('…')).toBe(true)
    expect(result.text.length).toBeGreaterThanOrEqual(80)
    expect(result.text.length).toBeLessThanOrEqual(120)
    expect(marked(result)).toEqual(['总工会'])
  })

  it('leaves the ellipsis out at the start and end of the text', () => {
    const result = snippet('市总工会开展活动。', '工会')
    expect(result).toEqual({ text: '市总工会开展活动。', matches: [[2, 4]] })
  })

  it('marks every occurrence of every term and merges overlaps', () => {
    const result = snippet('工会和总工会，职工之家', '总工会', '工会', '职工')
    expect(marked(result)).toEqual(['工会', '总工会', '职工'])
  })

  it('keeps the text’s case and turns line breaks into spaces one for one', () => {
    const result = snippet('The Trade\nUnion met.', 'trade union')
    expect(result.text).toBe('The Trade Union met.')
    expect(marked(result)).toEqual(['Trade Union'])
  })

  it('does not cut English words at the window edges', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')
    const result = snippet(words, 'word30')
    const inner = result.text.slice(1, -1)
    expect(inner.split(' ').every((w) => /^word\d+$/.test(w))).toBe(true)
    expect(marked(result)).toEqual(['word30'])
  })

  it('only marks words that start at a word boundary', () => {
    expect(marked(snippet('reunion of the union', 'union'))).toEqual(['union'])
  })

  it('starts at the beginning when nothing matches', () => {
    const result = snippet(LONG, '劳模')
    expect(result.matches).toEqual([])
    expect(result.text.startsWith('前')).toBe(true)
  })

  it('never splits a surrogate pair', () => {
    const text = '𠀀'.repeat(100) + '工会' + '𠀀'.repeat(100)
    const result = snippet(text, '工会')
    expect(result.text.slice(1, -1)).toMatch(/^(?:𠀀)+工会(?:𠀀)+$/u)
  })
})
