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
//   words it begins, as Inkstone's matcher does (union finds unions, not reunion).

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
    const isContinued = match.index === runEnd && isCjk === wasCjk
    runEnd = match.index + text.length
    wasCjk = isCjk
    yield { text, isCjk, isLast: runEnd === folded.length, isContinued }
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
    } else runs.push({ text: piece.text, isCjk: piece.isCjk, isLast: piece.isLast })
  }
  return runs
}

/** The token stream of folded text for the FTS5 table (see the top of this file). */
export function ftsTokens(folded: string): string {
  const out: string[] = []
  // The last character of the previous CJK piece, while its run goes on into the next piece.
  let pending: string | null = null
  const endRun = (): void => {
    if (pending !== null) out.push(pending)
    pending = null
  }
  for (const piece of piecesOf(folded)) {
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
  const isExact = runs.length === 1 && runs[0].text === folded && folded.length <= MAX_RUN
  if (runs.length === 1 && runs[0].isCjk && Array.from(runs[0].text).length === 1) {
    return { expression: `chars : ${quote(runs[0].text)}`, isExact }
  }
  // One phrase over all the runs: a run followed by more of the term ends where its text run
  // ends (its lone last character), so "经济 发展" is "经济 济 发展". Only what separates runs is
  // not checked (any punctuation, where the term has a space): the stored text decides that.
  const tokens: string[] = []
  let isPrefix = false
  for (const run of runs) {
    if (!run.isCjk) {
      tokens.push(run.text)
      isPrefix = run.isLast
      continue
    }
    const chars = Array.from(run.text)
    for (let at = 0; at + 1 < chars.length; at++) tokens.push(chars[at] + chars[at + 1])
    // A last run of one character may go on in the text: X* is its bigrams and its run end.
    if (!run.isLast || chars.length === 1) tokens.push(chars[chars.length - 1])
    isPrefix = run.isLast && chars.length === 1
  }
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
