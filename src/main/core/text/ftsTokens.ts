import { CJK_SCRIPTS } from '../../../shared/text/cjk'

// The full-text index is SQLite FTS5 with its `ascii` tokenizer: every non-ASCII character is
// a token character and only ASCII spaces and punctuation separate tokens, so the tokens are
// exactly the strings built here, separated by spaces.
//
// A run of CJK characters "abcd" is written as its bigrams followed by its last character
// alone: "ab bc cd d". Then
// - a query of two or more characters is the phrase of its bigrams: consecutive positions
//   exist only inside one run, so the phrase matches exactly where the text holds the query
//   (the lone last character ends a run, and a bigram never equals it);
// - a query of one character X looks in the `chars` column, which holds each story's distinct
//   CJK characters (X* over the bigrams would be exact too, but merges thousands of terms);
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
const SURROGATE = /[\uD800-\uDFFF]/

const characters = (run: string): ArrayLike<string> => (SURROGATE.test(run) ? Array.from(run) : run)

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

/** The token stream of folded text for the FTS5 table (see the top of this file). */
export function ftsTokens(folded: string): string {
  const out: string[] = []
  // The last character of the previous CJK piece, while its run goes on into the next piece.
  let pending: string | null = null
  const endRun = (): void => {
    if (pending !== null) out.push(pending)
    pending = null
  }
  let previous = ''
  for (const piece of piecesOf(folded)) {
    if (piece.isGlued) {
      endRun()
      out.push(glue(previous, piece.text))
    }
    previous = piece.text
    if (!piece.isCjk) {
      endRun()
      // A word longer than one piece is not prose; only its start is a word start.
      if (!piece.isContinued) out.push(piece.text)
      continue
    }
    const chars = characters(piece.text)
    if (piece.isContinued && pending !== null) out.push(pending + chars[0])
    else endRun()
    pending = null
    for (let at = 0; at + 1 < chars.length; at++) out.push(chars[at] + chars[at + 1])
    pending = chars[chars.length - 1]
  }
  endRun()
  return out.join(' ')
}

const quote = (token: string): string => `"${token.replaceAll('"', '""')}"`

/** One query term as an FTS5 expression, and whether the expression is exactly the term. */
export interface FtsTerm {
  /** An FTS5 query expression; null when the term has no characters the index holds. */
  expression: string | null
  /**
   * True when the expression matches exactly the stories whose text holds the term (one run
   * of CJK characters, or one word), so a count needs no check against the stored text.
   */
  isExact: boolean
}

// Columns of the index (migration 5): title and body hold the token stream; chars holds each
// story's distinct CJK characters.
const TEXT_COLUMNS = '{title body}'

/** Compiles one folded query term into an FTS5 expression that every story holding it meets. */
export function ftsTerm(folded: string): FtsTerm {
  const runs = runsOf(folded)
  if (runs.length === 0) return { expression: null, isExact: false }
  // Runs that touch are glued in the index too, so a term made only of touching runs (one
  // run, or 2020年) is matched exactly; a space or punctuation between runs is not indexed.
  const isExact =
    runs.map((run) => run.text).join('') === folded &&
    runs.every((run, at) => at === 0 || run.isGlued) &&
    folded.length <= MAX_RUN
  if (runs.length === 1 && runs[0].isCjk && Array.from(runs[0].text).length === 1) {
    return { expression: `chars : ${quote(runs[0].text)}`, isExact }
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
  return {
    expression: `${TEXT_COLUMNS} : ${quote(tokens.join(' '))}${isPrefix ? ' *' : ''}`,
    isExact,
  }
}

const CJK_CHAR = new RegExp(`[${CJK_SCRIPTS}]`, 'gv')

/**
 * The distinct CJK characters of folded text, for the index's `chars` column: a one-character
 * query looks there (one posting per story) instead of scanning every bigram it begins.
 */
export function ftsChars(folded: string): string {
  const seen = new Set<string>()
  for (const match of folded.matchAll(CJK_CHAR)) seen.add(match[0])
  return [...seen].join(' ')
}
