import { CJK_SCRIPTS } from '../../../shared/text/cjk'
import { lunrZhTokenizer } from './lunrZh'

// Longest run one regex match may take. An unbounded `+` over a run of millions of characters
// overflows V8's regex backtracking stack, so long runs arrive in pieces of this many code
// points; CJK pieces are joined again by the bigram across each edge.
const MAX_RUN = 1024
// One scan splits folded text into runs of CJK characters and runs of spaced-script word
// characters (letters, digits, marks); everything else separates tokens and is never indexed,
// so no empty or punctuation-only term reaches lunr.
const RUNS = new RegExp(
  `(?<cjk>[${CJK_SCRIPTS}]{1,${MAX_RUN}})|[[\\p{L}\\p{N}\\p{M}]--[${CJK_SCRIPTS}]]{1,${MAX_RUN}}`,
  'gv',
)
const HAS_CJK_3 = new RegExp(`[${CJK_SCRIPTS}]{3}`, 'u')
const NOT_CJK = new RegExp(`[^${CJK_SCRIPTS}]`, 'u')
// A character jieba never joins to a word, so cutting the text there changes none of its words.
const WORD_BREAK = /[^\p{L}\p{N}\p{M}+#&._%-]/u
const SURROGATE = /[\uD800-\uDFFF]/
// jieba is handed at most this many code units at once: its cost and its output per call stay
// bounded however long the page.
const SEGMENT_PIECE = 8192

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
  // The last character of the previous CJK piece when the current piece continues its run.
  let previous: string | null = null
  let runEnd = -1
  for (const match of folded.matchAll(RUNS)) {
    const run = match[0]
    const isContinued = match.index === runEnd
    runEnd = match.index + run.length
    if (match.groups?.cjk === undefined) {
      tokens.push(run)
      previous = null
      continue
    }
    // Bigrams make any substring of two or more characters findable (工会 inside 总工会);
    // single characters make one-character queries work. No stop words: 的 must stay findable.
    const chars = characters(run)
    if (isContinued && previous !== null) tokens.push(previous + chars[0])
    for (let i = 0; i < chars.length; i++) {
      tokens.push(chars[i])
      if (i + 1 < chars.length) tokens.push(chars[i] + chars[i + 1])
    }
    previous = chars[chars.length - 1]
  }
  // A loop, not push(...words): spreading an input-sized array overflows the call stack.
  for (const word of rankingWords(folded)) tokens.push(word)
  return tokens
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/** Where to end the piece of `text` that starts at `start`: after a word break if one is near. */
const pieceEnd = (text: string, start: number): number => {
  const limit = start + SEGMENT_PIECE
  if (limit >= text.length) return text.length
  for (let at = limit; at > start + SEGMENT_PIECE / 2; at--) {
    if (WORD_BREAK.test(text[at - 1])) return at
  }
  // A run this long without a break is not prose; cutting it costs only the words at the edge.
  return isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit
}

const isRankingWord = (word: string): boolean =>
  !NOT_CJK.test(word) && (word.length >= 6 || Array.from(word).length >= 3)

/**
 * Words of three or more CJK characters as lunr-languages' Chinese segmenter (jieba) cuts
 * them. Shorter words are already indexed as characters and bigrams, which alone guarantee
 * recall; these only lift stories that use the query as a word.
 */
export function rankingWords(folded: string): string[] {
  if (!HAS_CJK_3.test(folded)) return []
  segment ??= lunrZhTokenizer()
  const words: string[] = []
  for (let start = 0; start < folded.length;) {
    const end = pieceEnd(folded, start)
    for (const token of segment(folded.slice(start, end))) {
      const word = String(token)
      if (isRankingWord(word)) words.push(word)
    }
    start = end
  }
  return words
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
  let previous: string | null = null
  let runEnd = -1
  for (const match of folded.matchAll(RUNS)) {
    const run = match[0]
    const isContinued = match.index === runEnd
    runEnd = match.index + run.length
    if (match.groups?.cjk === undefined) {
      // Only a word that ends the term can continue in the text; inner words are whole.
      add(run, runEnd === folded.length)
      previous = null
      continue
    }
    const chars = characters(run)
    if (isContinued && previous !== null) add(previous + chars[0], false)
    else if (chars.length === 1) add(chars[0], false)
    for (let i = 0; i + 1 < chars.length; i++) add(chars[i] + chars[i + 1], false)
    previous = chars[chars.length - 1]
  }
  return tokens
}
