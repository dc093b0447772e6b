import { describe, expect, it } from 'vitest'
import { foldText } from '../../src/main/core/text/foldText'
import { lunrZhTokenizer } from '../../src/main/core/search/lunrZh'
import { queryTokens, rankingWords, tokenize } from '../../src/main/core/search/tokenize'

describe('foldText', () => {
  it('folds case, full width and whitespace without changing length', () => {
    expect(foldText('Ｕｎｉｏｎ２０２０　工会\nABC\tÉté')).toBe('union2020 工会 abc été')
  })

  it('leaves a letter whose lower case is longer (İ) as it is, to keep offsets', () => {
    const text = 'İstanbul ABC'
    expect(foldText(text)).toBe('İstanbul abc')
    expect(foldText(text)).toHaveLength(text.length)
  })
})

describe('tokenize (index side)', () => {
  it('emits every CJK character and bigram, so substrings are findable', () => {
    const tokens = tokenize('市总工会')
    expect(tokens).toEqual(expect.arrayContaining(['市', '总', '工', '会', '市总', '总工', '工会']))
  })

  it('adds jieba search-mode words of three or more characters for ranking', () => {
    expect(tokenize('市总工会')).toContain('总工会')
    expect(rankingWords('困难职工疗休养')).toContain('困难职工')
    expect(rankingWords('工会').length).toBe(0)
  })

  it('keeps stop words: 的 is a term like any other', () => {
    expect(tokenize('工会的')).toEqual(expect.arrayContaining(['的', '会的']))
  })

  it('keeps Latin words and digits whole, with no stemming', () => {
    expect(tokenize(foldText('Running unions 2020年, COVID-19'))).toEqual([
      'running',
      'unions',
      '2020',
      '年',
      'covid',
      '19',
    ])
  })

  it('never emits an empty or punctuation term', () => {
    expect(tokenize('，。！？——…… ""“”《》 - / ')).toEqual([])
    for (const token of tokenize(foldText('“两节”送温暖：1+10+N模式！café'))) {
      expect(token).toMatch(/^[\p{L}\p{N}\p{M}]+$/u)
    }
  })

  it('counts repeats, so term frequency reaches the ranking', () => {
    expect(tokenize('工会工会').filter((t) => t === '工会')).toHaveLength(2)
  })

  it('splits characters outside the basic plane whole', () => {
    expect(tokenize('𠀀𠀁')).toEqual(['𠀀', '𠀀𠀁', '𠀁'])
  })
})

describe('queryTokens (query side)', () => {
  it('turns a CJK run into its bigrams, a single character into itself', () => {
    expect(queryTokens('市总工会').map((t) => t.term)).toEqual(['市总', '总工', '工会'])
    expect(queryTokens('的')).toEqual([{ term: '的', isPrefix: false }])
  })

  it('lets only a word that ends the term continue in the text', () => {
    expect(queryTokens('trade union')).toEqual([
      { term: 'trade', isPrefix: false },
      { term: 'union', isPrefix: true },
    ])
    expect(queryTokens('12月')).toEqual([
      { term: '12', isPrefix: false },
      { term: '月', isPrefix: false },
    ])
  })

  it('drops repeated tokens and finds none in punctuation', () => {
    expect(queryTokens('工会工会').map((t) => t.term)).toEqual(['工会', '会工'])
    expect(queryTokens('——')).toEqual([])
  })
})

describe('tokenize over inputs of any size', () => {
  const cjkRun = (length: number): string =>
    Array.from({ length }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7) % 5000))).join('')

  it('takes an unbroken run of seven million letters without overflowing the stack', () => {
    const run = 'abcdefg'.repeat(1_000_000)
    const tokens = tokenize(run)
    expect(tokens.join('')).toBe(run)
    expect(queryTokens(run).length).toBeGreaterThan(1)
  })

  it('keeps every bigram of a long CJK run, across the edges of its pieces', () => {
    const run = cjkRun(5000)
    const tokens = new Set(tokenize(run))
    const queried = new Set(queryTokens(run).map((token) => token.term))
    for (let i = 0; i + 1 < run.length; i++) {
      expect(tokens.has(run.slice(i, i + 2))).toBe(true)
      expect(queried.has(run.slice(i, i + 2))).toBe(true)
    }
    expect(tokenize(run).filter((token) => token.length <= 2)).toHaveLength(2 * run.length - 1)
  })

  it('segments long text in pieces without changing its ranking words', () => {
    const prose = '全国总工会开展困难职工疗休养活动，劳动模范代表座谈会在北京召开。'.repeat(1500)
    const whole = lunrZhTokenizer()(prose)
      .map(String)
      .filter((word) => /^\p{sc=Han}{3,}$/u.test(word))
    expect(prose.length).toBeGreaterThan(40_000)
    expect(rankingWords(prose)).toEqual(whole)
  })
})
