import { CJK_SCRIPTS } from '../../../shared/text/cjk'
import { simplifiedPairs } from './simplifiedChinese'

// Folding keeps one code unit per code unit, so an offset found in folded text is the same
// offset in the original: snippets can mark matches without a mapping table.

// After lower-casing, one table over the BMP does the rest in one pass: full-width ASCII (Ａ,
// ２, ！) to its ASCII twin, every kind of whitespace to a space, traditional and variant
// Chinese characters to simplified. 0 means "unchanged".
let table: Uint16Array | null = null

const buildTable = (): Uint16Array => {
  const built = new Uint16Array(0x10000)
  for (let code = 0xff01; code <= 0xff5e; code++) built[code] = code - 0xfee0
  for (let code = 0; code < 0x10000; code++) {
    if (/\s/.test(String.fromCharCode(code))) built[code] = 0x20
  }
  for (const [from, to] of simplifiedPairs()) built[from.charCodeAt(0)] = to.charCodeAt(0)
  return built
}

/** Lower-cases text keeping its length: a letter whose lower case is longer (İ) stays as it is. */
const lowerCase = (text: string): string => {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let kept = ''
  for (const char of text) {
    const folded = char.toLowerCase()
    kept += folded.length === char.length ? folded : char
  }
  return kept
}

/**
 * Case-, width- and script-folds text for matching (工會 and 工会 fold alike, Ａ and a); the
 * result has exactly the input's length.
 */
export function foldText(text: string): string {
  const lower = lowerCase(text)
  table ??= buildTable()
  let out: string[] | null = null
  let last = 0
  for (let at = 0; at < lower.length; at++) {
    const to = table[lower.charCodeAt(at)]
    if (to === 0) continue
    out ??= []
    out.push(lower.slice(last, at), String.fromCharCode(to))
    last = at + 1
  }
  if (out === null) return lower
  out.push(lower.slice(last))
  return out.join('')
}

const CJK_CHAR = new RegExp(`[${CJK_SCRIPTS}]`, 'u')
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** True when `char` belongs to a spaced-script word, so a term starting after it is mid-word. */
export const isWordChar = (char: string): boolean => WORD_CHAR.test(char) && !CJK_CHAR.test(char)
