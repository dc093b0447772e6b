import { describe, expect, it } from 'vitest'
import { foldText } from '../../src/main/core/search/foldText'
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
