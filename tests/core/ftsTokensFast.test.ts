import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { registerSearchFunctions, foldStory } from '../../src/main/core/db/searchFunctions'
import { foldText } from '../../src/main/core/text/foldText'
import { ftsChars } from '../../src/main/core/text/commonCharTerms'
import { ftsTokens } from '../../src/main/core/text/ftsTokens'
import { referenceFtsChars, referenceFtsTokens } from './fixtures/search/ftsTokensReference'

// The index's token streams are stored: the one-pass tokenizer must write exactly what the
// regex version wrote, or a library indexed before would answer differently after.

const SEEDS = resolve(import.meta.dirname, '../../seeds')

// Characters where the two could part: CJK of every script (astral Han too), letters, digits,
// combining marks, lone surrogates, separators, punctuation, the glue character itself.
const TRICKY = [
  '工',
  '会',
  '會',
  '𠮷',
  '𪚥',
  'の',
  'カ',
  '한',
  'a',
  'Z',
  'é',
  'ß',
  '1',
  '٣',
  '\u0301',
  '\u0e31',
  ' ',
  '\n',
  '，',
  '。',
  '-',
  "'",
  '\uD800',
  '\uDC00',
  '\uE000',
  'Ａ',
  '２',
  '·',
  '_',
  '\u200b',
]

const same = (text: string): void => {
  const folded = foldText(text)
  expect(ftsTokens(folded)).toBe(referenceFtsTokens(folded))
  expect(ftsChars(folded)).toBe(referenceFtsChars(folded))
}

describe('the one-pass tokenizer', () => {
  it('writes what the regex version wrote for every seed page', () => {
    for (const name of readdirSync(SEEDS)) same(readFileSync(join(SEEDS, name), 'utf8'))
  })

  it('writes what the regex version wrote for mixed scripts, surrogates and marks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 60 }), (chars) => {
        same(chars.join(''))
      }),
      { numRuns: 3000, seed: 9 },
    )
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), same), {
      numRuns: 2000,
      seed: 9,
    })
  })

  it('writes what the regex version wrote for runs longer than one regex piece', () => {
    const han = '工会职工'.repeat(700)
    const latin = 'abc'.repeat(900)
    const astral = '𠮷'.repeat(1500)
    for (const text of [han, latin, astral, `${latin}${han}`, `${han}${latin}x`, `9${astral}a`]) {
      same(text)
    }
    expect(ftsTokens(latin).length).toBe(1024)
  })

  it('cuts CJK into bigrams and a last character, glues touching runs, keeps words whole', () => {
    expect(ftsTokens('经济发展')).toBe('经济 济发 发展 展')
    expect(ftsTokens('2020年工会')).toBe('2020 \uE0000年 年工 工会 会')
    expect(ftsChars('工会工人')).toBe('工 会 人')
  })
})

describe('tokens worked out before a write transaction', () => {
  it('are exactly what the SQL functions work out on the spot', () => {
    const db = new BetterSqlite3(':memory:')
    registerSearchFunctions(db)
    const text = db.prepare<[string], string>('SELECT inkstone_fts_text(?)').pluck()
    const chars = db.prepare<[string], string>('SELECT inkstone_fts_chars(?)').pluck()
    // Headlines ending or starting where case folding looks around (final sigma, İ, ß).
    const stories = [
      { title: 'ΟΔΟΣ', byline: null, body: 'ΣΑΣ 工會新聞' },
      { title: 'İstanbul 工会', byline: 'ΚΑΛΟΣ', body: 'Straße ΣΟΦΟΣ\n\n第二段' },
      { title: '', byline: '', body: '' },
      { title: '𠮷野家', byline: '本报记者 李明', body: '２０２０年 ＡＢＣ 职工' },
    ]
    const fieldsOf = (story: (typeof stories)[number]): string[] => {
      const rest = `${story.byline ?? ''}\n${story.body}`
      return [story.title, rest, `${story.title}\n${rest}`]
    }
    const fresh = stories.map((story) => {
      const [title, rest, all] = fieldsOf(story)
      return [text.get(title), text.get(rest), chars.get(all)]
    })
    const early = stories
      .map(foldStory)
      .map(({ title, text }) => [ftsTokens(title), ftsTokens(text), ftsChars(`${title}\n${text}`)])
    expect(early).toEqual(fresh)
    db.close()
  })
})
