import BetterSqlite3 from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { foldText } from '../../src/main/core/text/foldText'
import { ftsChars, isCommonChar } from '../../src/main/core/text/commonCharTerms'
import { ftsTerm, ftsTokens, type IndexTerm } from '../../src/main/core/text/ftsTokens'
import { buildSegment } from '../../src/main/core/db/postings/buildSegment'
import { evaluateQuery } from '../../src/main/core/db/postings/evaluateQuery'
import { searchIndexStorage } from '../../src/main/core/db/searchIndexStorage'
import { SEARCH_TABLES_SQL } from '../../src/main/core/db/searchSchema'
import { COMMON_CHARS } from '../../src/main/core/text/commonChars'
import { commonCharsFromDict } from './commonCharsFromDict'

/** A text-column term of the index, its tokens written as in a stream. */
const text = (stream: string, isPrefix = false): IndexTerm => ({
  column: 'text',
  tokens: stream.split(' '),
  isPrefix,
})

const tokens = (text: string): string[] => {
  const stream = ftsTokens(foldText(text))
  return stream === '' ? [] : stream.split(' ')
}

/** What the stream of one unbroken CJK run must be, worked out the slow way. */
const bigramsAndEnd = (run: string): string[] => {
  const chars = Array.from(run)
  const out: string[] = []
  for (let at = 0; at + 1 < chars.length; at++) out.push(chars[at] + chars[at + 1])
  out.push(chars[chars.length - 1])
  return out
}

describe('foldText', () => {
  it('folds case, full width and whitespace without changing length', () => {
    expect(foldText('Ｕｎｉｏｎ２０２０　工会\nABC\tÉté')).toBe('union2020 工会 abc été')
  })

  it('leaves a letter whose lower case is longer (İ) as it is, to keep offsets', () => {
    const text = 'İstanbul ABC'
    expect(foldText(text)).toBe('İstanbul abc')
    expect(foldText(text)).toHaveLength(text.length)
  })

  it('keeps characters outside the basic plane and their length', () => {
    expect(foldText('𠮷野家 ＡＢ')).toBe('𠮷野家 ab')
  })
})

describe('ftsTokens (what the index holds)', () => {
  it('writes a CJK run as its bigrams and its last character alone', () => {
    expect(tokens('市总工会')).toEqual(['市总', '总工', '工会', '会'])
    expect(tokens('的')).toEqual(['的'])
  })

  it('ends a run at punctuation or a space, so no bigram spans two runs', () => {
    expect(tokens('工会，职工 帮扶')).toEqual(['工会', '会', '职工', '工', '帮扶', '扶'])
  })

  it('keeps stop words and repeats: 的 is a term like any other', () => {
    expect(tokens('工会的')).toEqual(['工会', '会的', '的'])
    expect(tokens('工会工会').filter((t) => t === '工会')).toHaveLength(2)
  })

  it('keeps Latin words and digits whole, with no stemming, beside CJK, glued where they touch', () => {
    expect(tokens('Running unions 2020年, COVID-19')).toEqual([
      'running',
      'unions',
      '2020',
      '\uE0000年',
      '年',
      'covid',
      '19',
    ])
    expect(tokens('WE课堂 T恤 café')).toEqual([
      'we',
      '\uE000e课',
      '课堂',
      '堂',
      't',
      '\uE000t恤',
      '恤',
      'café',
    ])
  })

  it('treats kana and hangul as CJK, and splits astral Han whole', () => {
    expect(tokens('カタカナ')).toEqual(['カタ', 'タカ', 'カナ', 'ナ'])
    expect(tokens('노동조합')).toEqual(['노동', '동조', '조합', '합'])
    expect(tokens('𠀀𠀁')).toEqual(['𠀀𠀁', '𠀁'])
    expect(tokens('𠮷野家')).toEqual(['𠮷野', '野家', '家'])
  })

  it('never emits an empty or punctuation token', () => {
    expect(tokens('，。！？——…… ""“”《》 - / ')).toEqual([])
    for (const token of tokens('“两节”送温暖：1+10+N模式！café\n\n𠮷')) {
      // A glue token is its private-use mark and the two characters that touch.
      expect(token).toMatch(/^\uE000?[\p{L}\p{N}\p{M}]+$/u)
    }
  })
})

describe('ftsChars (the one-character column)', () => {
  it('holds each distinct common CJK character once, and nothing else', () => {
    expect(ftsChars(foldText('工会工会 union 2020 𠮷野，会的'))).toBe('工 会 的')
    expect(ftsChars('union, 2020!')).toBe('')
    // Rarer characters (野, 牛, astral 𠮷) are found by X* over the bigrams instead.
    expect(ftsChars('𠮷野牛丼')).toBe('')
    expect(ftsChars(foldText('工會'))).toBe('工 会')
  })

  it('lists only CJK characters as common, all of them in the BMP and folded', () => {
    expect(COMMON_CHARS).toHaveLength(500)
    expect(new Set(COMMON_CHARS).size).toBe(500)
    for (const char of COMMON_CHARS) {
      expect(char).toMatch(/^\p{Script=Han}$/u)
      expect(foldText(char)).toBe(char)
      expect(isCommonChar(char)).toBe(true)
    }
    expect(isCommonChar('野')).toBe(false)
    expect(isCommonChar('𠮷')).toBe(false)
  })

  it('is the list jieba’s dictionary gives (tests/core/commonCharsFromDict.ts)', () => {
    expect(COMMON_CHARS).toBe(commonCharsFromDict(500))
  })
})

describe('ftsTerm (what a query term asks the index)', () => {
  it('asks for the phrase of a CJK run’s bigrams, or a lone character in the chars column', () => {
    expect(ftsTerm('市总工会')).toEqual({
      term: text('市总 总工 工会'),
      isExact: true,
    })
    expect(ftsTerm('的')).toEqual({
      term: { column: 'chars', tokens: ['的'], isPrefix: false },
      isExact: true,
    })
    // A rarer character begins few bigrams: the prefix over them (and run ends) is exact.
    expect(ftsTerm('𠮷')).toEqual({ term: text('𠮷', true), isExact: true })
    expect(ftsTerm('野')).toEqual({ term: text('野', true), isExact: true })
  })

  it('lets only a word that ends the term continue in the text', () => {
    expect(ftsTerm('union')).toEqual({ term: text('union', true), isExact: true })
    // A term of several runs is one phrase; only its last word may go on.
    expect(ftsTerm('trade union')).toEqual({
      term: text('trade union', true),
      isExact: false,
    })
    // Runs that touch are glued, which makes the phrase exact.
    expect(ftsTerm('12月')).toEqual({
      term: text('12 \uE0002月'),
      isExact: true,
    })
    expect(ftsTerm('12 月').isExact).toBe(false)
    // A CJK run that more of the term follows ends there: its last character stands alone.
    expect(ftsTerm('经济 发展').term).toEqual(text('经济 济 发展'))
  })

  it('has no expression for punctuation, and is not exact around punctuation', () => {
    expect(ftsTerm('——')).toEqual({ term: null, isExact: false })
    expect(ftsTerm('“两节”').isExact).toBe(false)
    expect(ftsTerm('1+10+n').isExact).toBe(false)
  })

  describe('against the library’s own index', () => {
    const db = new BetterSqlite3(':memory:')
    afterAll(() => db.close())
    db.exec(SEARCH_TABLES_SQL)
    const storage = searchIndexStorage(db)
    const TEXTS = [
      '市总工会开展帮扶',
      '总工会，市里',
      '工会的活动',
      'The trade union met',
      'Reunion of unions',
      '𠮷野家の牛丼',
      '12月1日 2020年',
      '经济 发展，经济学',
      '12月份',
    ]
    storage.writeSegment(
      buildSegment(
        TEXTS.map((text, at) => ({
          doc: at + 1,
          tokens: { title: '', text: foldText(text) },
        })),
      ),
    )
    const matching = {
      all: (term: IndexTerm): number[] =>
        evaluateQuery(storage.source, storage.live(), { include: [term], exclude: [] }).docs,
    }

    it.each([
      ['工会', [1, 2, 3]],
      ['市总', [1]],
      ['总工会', [1, 2]],
      ['会开', [1]],
      ['会市', []],
      ['的', [3]],
      ['union', [4, 5]],
      ['unio', [4, 5]],
      ['reunion', [5]],
      ['𠮷野', [6]],
      ['𠮷', [6]],
      ['野', [6]],
      ['丼', [6]],
      ['牛', [6]],
      ['济', [8]],
      ['月', [7, 9]],
      ['年', [7]],
      ['野家の', [6]],
      ['2020', [7]],
      ['2020年', [7]],
      ['12月', [7, 9]],
      ['trade union', [4]],
      ['union met', [4]],
      ['经济 发展', [8]],
      ['济 发展', [8]],
      ['经济学', [8]],
      ['会的活', [3]],
    ])('%s matches exactly the texts that hold it at a word start', (term, expected) => {
      const { term: indexTerm } = ftsTerm(foldText(term))
      expect(matching.all(indexTerm!)).toEqual(expected)
    })
  })
})

describe('inputs of any size', () => {
  const cjkRun = (length: number): string =>
    Array.from({ length }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7) % 5000))).join('')

  it('takes an unbroken run of seven million letters without overflowing the stack', () => {
    const run = 'abcdefg'.repeat(1_000_000)
    const stream = ftsTokens(run)
    // Not prose: only the start of so long a word is a word start anyone can search for.
    expect(stream.length).toBeGreaterThan(0)
    expect(stream).not.toContain(' ')
    expect(run.startsWith(stream)).toBe(true)
    expect(ftsChars(run)).toBe('')
    const term = ftsTerm(run)
    expect(term.term).not.toBeNull()
    expect(term.isExact).toBe(false)
  })

  it('takes a million CJK characters in one run without overflowing the stack', () => {
    const run = '工会职工'.repeat(250_000)
    const stream = ftsTokens(run)
    expect(stream.length).toBe(3 * (run.length - 1) + 1)
    expect(ftsChars(run)).toBe('工 会 职')
  })

  it('keeps every bigram of a long CJK run, across the edges of its pieces', () => {
    for (const length of [1023, 1024, 1025, 2048, 2049, 5000]) {
      const run = cjkRun(length)
      expect(ftsTokens(run).split(' ')).toEqual(bigramsAndEnd(run))
    }
  })

  it('keeps astral characters whole where a piece ends', () => {
    // Astral Han at every third place, so piece edges fall beside and between them.
    const run = Array.from({ length: 4000 }, (_, i) =>
      i % 3 === 0 ? String.fromCodePoint(0x20000 + (i % 97)) : String.fromCharCode(0x4e00 + i),
    ).join('')
    expect(ftsTokens(run).split(' ')).toEqual(bigramsAndEnd(run))
    expect(ftsChars(run)).toBe([...new Set(Array.from(run))].filter(isCommonChar).join(' '))
  })

  it('asks for every bigram of a long CJK query, and says it is not exact', () => {
    const run = cjkRun(3000)
    const { term, isExact } = ftsTerm(run)
    expect(term).toEqual(text(bigramsAndEnd(run).slice(0, -1).join(' ')))
    expect(isExact).toBe(false)
  })
})
