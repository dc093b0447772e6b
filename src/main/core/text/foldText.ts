import { CJK_SCRIPTS } from '../../../shared/text/cjk'
import { toSimplified } from './simplifiedChinese'

// Folding keeps one code unit per code unit, so an offset found in folded text is the same
// offset in the original: snippets can mark matches without a mapping table.

const FULL_WIDTH_OR_SPACE = /[\uFF01-\uFF5E\s]/g

const foldChar = (char: string): string => {
  const code = char.charCodeAt(0)
  // Full-width ASCII (Ａ, ２, ！) sits at a fixed offset from its ASCII twin.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0)
  return ' '
}

/**
 * Case-, width- and script-folds text for matching (工會 and 工会 fold alike); the result has
 * exactly the input's length.
 */
export function foldText(text: string): string {
  let lower = text.toLowerCase()
  // A few letters (İ) lower-case to two code units; fold those one by one to keep offsets aligned.
  if (lower.length !== text.length) {
    lower = ''
    for (const char of text) {
      const folded = char.toLowerCase()
      lower += folded.length === char.length ? folded : char
    }
  }
  return toSimplified(lower.replace(FULL_WIDTH_OR_SPACE, foldChar))
}

const CJK_CHAR = new RegExp(`[${CJK_SCRIPTS}]`, 'u')
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** True when `char` belongs to a spaced-script word, so a term starting after it is mid-word. */
export const isWordChar = (char: string): boolean => WORD_CHAR.test(char) && !CJK_CHAR.test(char)
