import { CJK_SCRIPTS } from '../../../shared/text/cjk'
import { isCommonChar } from './commonCharTerms'

// The search index (db/postings) indexes the tokens built here, written separated by spaces.
//
// A run of CJK characters "abcd" is written as its bigrams followed by its last character
// alone: "ab bc cd d". Then
// - a query of two or more characters is the phrase of its bigrams: consecutive positions
//   exist only inside one run, so the phrase matches exactly where the text holds the query
//   (the lone last character ends a run, and a bigram never equals it);
// - a query of one character X is X* over the bigrams and run ends when X is rarer than the
//   COMMON_CHARS (it begins few bigrams, so the prefix merges few terms), and otherwise looks in
//   the `chars` column, which holds each story's distinct common characters (X* would merge
//   thousands of terms);
// - spaced-script words (Latin, Cyrillic, digits) are written whole; a query word matches the
//   words it begins, as Inkstone's matcher does (union finds unions, not reunion);
// - two runs of different kinds that touch (2020年) get a glue token between them, so a term
//   made of touching runs is a phrase that matches exactly too.

// Longest run one regex match may take: an unbounded `+` over a run of millions of characters
// overflows V8's regex backtracking stack, so long runs arrive in pieces joined again here.
const MAX_RUN = 1024
const RUNS = new RegExp(
  `(?<cjk>[${CJK_SCRIPTS}]{1,${MAX_RUN}})|[[\\p{L}\\p{N}\\p{M}]--[${CJK_SCRIPTS}]]{1,${MAX_RUN}}`,
  'gv',
)

/** One run of a folded query term: its characters and whether it is CJK. */
interface TermRun {
  text: string
  isCjk: boolean
  /** The run ends the term, so the text may continue it (a word prefix). */
  isLast: boolean
  /** A run of the other kind ends right where this one starts (2020年): nothing between. */
  isGlued: boolean
}

/**
 * Runs of folded text in pieces of at most MAX_RUN characters; `isContinued` marks a piece
 * that goes on the run of the piece before it (same kind, nothing between them).
 */
function* piecesOf(folded: string): Generator<TermRun & { isContinued: boolean }> {
  let runEnd = -1
  let wasCjk = false
  for (const match of folded.matchAll(RUNS)) {
    const text = match[0]
    const isCjk = match.groups?.cjk !== undefined
    const isAdjacent = match.index === runEnd
    runEnd = match.index + text.length
    const isContinued = isAdjacent && isCjk === wasCjk
    const isGlued = isAdjacent && isCjk !== wasCjk
    wasCjk = isCjk
    yield { text, isCjk, isLast: runEnd === folded.length, isContinued, isGlued }
  }
}

/** Whole runs of a (short) folded query term, its pieces joined again. */
const runsOf = (folded: string): TermRun[] => {
  const runs: TermRun[] = []
  for (const piece of piecesOf(folded)) {
    const last = runs[runs.length - 1]
    if (piece.isContinued && last !== undefined) {
      last.text += piece.text
      last.isLast = piece.isLast
    } else {
      runs.push({
        text: piece.text,
        isCjk: piece.isCjk,
        isLast: piece.isLast,
        isGlued: piece.isGlued,
      })
    }
  }
  return runs
}

// Glue tokens begin with a private-use character, which no run holds (runs are letters,
// digits and marks), so no query word's prefix (0*) ever reaches one.
const GLUE = '\uE000'

/** The glue token between two runs with nothing between them: their touching characters. */
const glue = (before: string, after: string): string =>
  GLUE + Array.from(before).at(-1)! + String.fromCodePoint(after.codePointAt(0)!)

// What each code point is to the index: not indexed, CJK (cut into bigrams), or part of a
// spaced-script word; the same classes as RUNS, looked up in a table over the BMP (built on
// first use) instead of matched by a regex, since every stored character passes through here.
const OTHER = 0
const CJK_KIND = 1
const WORD = 2
const CJK_ONE = new RegExp(`^[${CJK_SCRIPTS}]$`, 'v')
const WORD_ONE = /^[\p{L}\p{N}\p{M}]$/u
const classify = (char: string): number =>
  CJK_ONE.test(char) ? CJK_KIND : WORD_ONE.test(char) ? WORD : OTHER
let bmpKinds: Uint8Array | null = null
const astralKinds = new Map<number, number>()

const buildKinds = (): Uint8Array => {
  const kinds = new Uint8Array(0x10000)
  for (let code = 0; code < 0x10000; code++) {
    // A lone surrogate is no letter (the regex sees it as a code point of its own).
    if (code < 0xd800 || code > 0xdfff) kinds[code] = classify(String.fromCharCode(code))
  }
  return kinds
}

const kindOf = (code: number): number => {
  if (code < 0x10000) return (bmpKinds ??= buildKinds())[code]
  let kind = astralKinds.get(code)
  if (kind === undefined) astralKinds.set(code, (kind = classify(String.fromCodePoint(code))))
  return kind
}

/** The code point at `at` (a lone surrogate as itself). */
const codeAt = (text: string, at: number): number => {
  const high = text.charCodeAt(at)
  if (high < 0xd800 || high > 0xdbff || at + 1 >= text.length) return high
  const low = text.charCodeAt(at + 1)
  return low >= 0xdc00 && low <= 0xdfff ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : high
}

const widthOf = (code: number): number => (code > 0xffff ? 2 : 1)

/** Receives the tokens of folded text in order (walkTokens). */
export interface TokenSink {
  /** A CJK bigram (two code points), or a run's last character alone (`second` -1). */
  cjk(first: number, second: number): void
  /** A word, or a glue token. */
  text(token: string): void
}

/**
 * Walks the tokens of folded text (see the top of this file) in one pass: a CJK run's bigrams
 * and its last character, a word whole (its first MAX_RUN code points, as a word longer than
 * one regex piece is), and a glue token where runs of two kinds touch.
 */
export function walkTokens(folded: string, sink: TokenSink): void {
  const length = folded.length
  // The last character of the CJK run before, not yet written (it ends that run's tokens).
  let pending = -1
  // Where the run before ended, and its last character (for a glue token).
  let lastEnd = -1
  let lastCode = -1
  let at = 0
  while (at < length) {
    const code = codeAt(folded, at)
    const kind = kindOf(code)
    if (kind === OTHER) {
      at += widthOf(code)
      continue
    }
    if (pending >= 0) sink.cjk(pending, -1)
    pending = -1
    if (at === lastEnd) {
      sink.text(GLUE + String.fromCodePoint(lastCode) + String.fromCodePoint(code))
    }
    const start = at
    at += widthOf(code)
    let char = code
    if (kind === CJK_KIND) {
      while (at < length) {
        const next = codeAt(folded, at)
        if (kindOf(next) !== CJK_KIND) break
        sink.cjk(char, next)
        char = next
        at += widthOf(next)
      }
      pending = char
    } else {
      let count = 1
      let wordEnd = at
      while (at < length) {
        const next = codeAt(folded, at)
        if (kindOf(next) !== WORD) break
        at += widthOf(next)
        char = next
        if (++count <= MAX_RUN) wordEnd = at
      }
      sink.text(folded.slice(start, wordEnd))
    }
    lastEnd = at
    lastCode = char
  }
  if (pending >= 0) sink.cjk(pending, -1)
}

/** Collects tokens as strings. */
class TokenList implements TokenSink {
  readonly tokens: string[] = []
  cjk(first: number, second: number): void {
    const char = String.fromCodePoint(first)
    this.tokens.push(second < 0 ? char : char + String.fromCodePoint(second))
  }
  text(token: string): void {
    this.tokens.push(token)
  }
}

/** The token stream of folded text (walkTokens), separated by spaces. */
export function ftsTokens(folded: string): string {
  const list = new TokenList()
  walkTokens(folded, list)
  return list.tokens.join(' ')
}

/** One query term for the index: a phrase of tokens, the last maybe a prefix (see above). */
export interface IndexTerm {
  /** `text` looks in the title and body; `chars` in the distinct common characters. */
  column: 'text' | 'chars'
  tokens: string[]
  isPrefix: boolean
}

/** One query term for the index, and whether it is exactly the term. */
export interface FtsTerm {
  /** The index's term; null when the term has no characters the index holds. */
  term: IndexTerm | null
  /**
   * True when the index's term matches exactly the stories whose text holds the term (one run
   * of CJK characters, or one word), so a count needs no check against the stored text.
   */
  isExact: boolean
}

/** Compiles one folded query term into an index term that every story holding it meets. */
export function ftsTerm(folded: string): FtsTerm {
  const runs = runsOf(folded)
  if (runs.length === 0) return { term: null, isExact: false }
  // Runs that touch are glued in the index too, so a term made only of touching runs (one
  // run, or 2020年) is matched exactly; a space or punctuation between runs is not indexed.
  const isExact =
    runs.map((run) => run.text).join('') === folded &&
    runs.every((run, at) => at === 0 || run.isGlued) &&
    folded.length <= MAX_RUN
  if (runs.length === 1 && runs[0].isCjk && Array.from(runs[0].text).length === 1) {
    const char = runs[0].text
    const term: IndexTerm = isCommonChar(char)
      ? { column: 'chars', tokens: [char], isPrefix: false }
      : { column: 'text', tokens: [char], isPrefix: true }
    return { term, isExact }
  }
  // One phrase over all the runs: a run followed by more of the term ends where its text run
  // ends (its lone last character), so "经济 发展" is "经济 济 发展". Only what separates runs is
  // not checked (any punctuation, where the term has a space): the stored text decides that.
  const tokens: string[] = []
  let isPrefix = false
  runs.forEach((run, at) => {
    if (run.isGlued && at > 0) tokens.push(glue(runs[at - 1].text, run.text))
    if (!run.isCjk) {
      tokens.push(run.text)
      isPrefix = run.isLast
      return
    }
    const chars = Array.from(run.text)
    for (let next = 1; next < chars.length; next++) tokens.push(chars[next - 1] + chars[next])
    // A last run of one character may go on in the text: X* is its bigrams and its run end,
    // and a slow prefix; glued, the glue token already holds it (2020年 is "2020 ·0年").
    const isGluedChar = run.isLast && chars.length === 1 && run.isGlued
    if ((!run.isLast || chars.length === 1) && !isGluedChar) tokens.push(chars[chars.length - 1])
    isPrefix = run.isLast && chars.length === 1 && !isGluedChar
  })
  return { term: { column: 'text', tokens, isPrefix }, isExact }
}
