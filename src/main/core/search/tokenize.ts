import { CJK_CLASS } from './foldText'
import { lunrZhTokenizer } from './lunrZh'

// One scan splits folded text into runs of CJK characters and runs of spaced-script word
// characters (letters, digits, marks); everything else separates tokens and is never indexed,
// so no empty or punctuation-only term reaches lunr.
const RUNS = new RegExp(`(?<cjk>[${CJK_CLASS}]+)|[[\\p{L}\\p{N}\\p{M}]--[${CJK_CLASS}]]+`, 'gv')
const HAS_CJK_3_PLUS = new RegExp(`[${CJK_CLASS}]{3,}`, 'u')
const ALL_CJK_3_PLUS = new RegExp(`^[${CJK_CLASS}]{3,}$`, 'u')
const SURROGATE = /[\uD800-\uDFFF]/

/** One term of a query as lunr should look it up. */
export interface QueryToken {
  term: string
  /** Latin word at the very end of a query term: matches words it begins (union → unions). */
  isPrefix: boolean
}

// Loading jieba's dictionary takes ~200 ms, so the segmenter waits for the first text that needs it.
let segment: ((text: string) => Array<{ toString(): string }>) | null = null

const characters = (run: string): ArrayLike<string> => (SURROGATE.test(run) ? Array.from(run) : run)

/** Index-time tokens of folded text: every CJK character and bigram, jieba words, Latin words. */
export function tokenize(folded: string): string[] {
  const tokens: string[] = []
  for (const match of folded.matchAll(RUNS)) {
    const run = match[0]
    if (match.groups?.cjk === undefined) {
      tokens.push(run)
      continue
    }
    // Bigrams make any substring of two or more characters findable (工会 inside 总工会);
    // single characters make one-character queries work. No stop words: 的 must stay findable.
    const chars = characters(run)
    for (let i = 0; i < chars.length; i++) {
      tokens.push(chars[i])
      if (i + 1 < chars.length) tokens.push(chars[i] + chars[i + 1])
    }
  }
  tokens.push(...rankingWords(folded))
  return tokens
}

/**
 * Words of three or more CJK characters as lunr-languages' Chinese segmenter (jieba) cuts
 * them. Shorter words are already indexed as characters and bigrams, which alone guarantee
 * recall; these only lift stories that use the query as a word.
 */
export function rankingWords(folded: string): string[] {
  if (!HAS_CJK_3_PLUS.test(folded)) return []
  segment ??= lunrZhTokenizer()
  return segment(folded)
    .map(String)
    .filter((word) => ALL_CJK_3_PLUS.test(word))
}

/**
 * Query-time tokens of one folded term; a story holding the term literally holds all of them.
 * CJK runs become their bigrams (one character: itself), Latin runs stay whole words.
 */
export function queryTokens(folded: string): QueryToken[] {
  const seen = new Set<string>()
  const tokens: QueryToken[] = []
  const add = (term: string, isPrefix: boolean): void => {
    if (seen.has(term)) return
    seen.add(term)
    tokens.push({ term, isPrefix })
  }
  for (const match of folded.matchAll(RUNS)) {
    const run = match[0]
    if (match.groups?.cjk === undefined) {
      // Only a word that ends the term can continue in the text; inner words are whole.
      add(run, match.index + run.length === folded.length)
      continue
    }
    const chars = characters(run)
    if (chars.length === 1) add(chars[0], false)
    for (let i = 0; i + 1 < chars.length; i++) add(chars[i] + chars[i + 1], false)
  }
  return tokens
}
