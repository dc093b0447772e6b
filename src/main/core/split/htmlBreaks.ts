import { CJK } from '../../../shared/text/cjk'
import { CJK_PUNCT, endsSentence, visualWidth } from '../text/chars'
import { readCredit } from '../text/bylineCues'
import { isHeadingShaped } from '../text/headingCues'
import { readMetaLine } from './articleCues'

const CJK_END = new RegExp(`[${CJK}${CJK_PUNCT}“”‘’]$`)
const CJK_START = new RegExp(`^[${CJK}${CJK_PUNCT}“”‘’]`)
// A line this close to the widest line of its block was wrapped there, not ended.
const FULL_SHARE = 0.75

const isFurniture = (line: string): boolean =>
  readMetaLine(line) !== null || readCredit(line) !== null

/**
 * True when a <br> between two lines falls inside a CJK sentence: the line before ends on a
 * CJK character without ending a sentence and the next goes on in CJK. A short line shaped like
 * a heading (一、总体要求) stays a line of its own unless it is as wide as the wrapped lines.
 */
function isMidSentence(before: string, after: string, widest: number): boolean {
  if (!CJK_END.test(before) || !CJK_START.test(after) || endsSentence(before)) return false
  // Furniture printed line by line (作者：宋佳 / 责任编辑：王卓) is not one sentence.
  if (isFurniture(before) || isFurniture(after)) return false
  return !isHeadingShaped(before) || visualWidth(before) >= FULL_SHARE * widest
}

/**
 * The paragraphs of a block broken by <br>: lines inside a CJK sentence are joined, as the
 * text path mends hard-wrapped lines (疗休 / 养 reads 疗休养); any other break, and a blank
 * line (<br><br>), starts a new paragraph, since pages put them there on purpose.
 */
export function mendBreaks(lines: readonly string[]): string[] {
  // Reduced, not spread: a block may hold 100,000 lines.
  const widest = lines.reduce((most, line) => Math.max(most, visualWidth(line)), 0)
  const paragraphs: string[] = []
  let previous = ''
  for (const line of lines) {
    if (line === '') {
      previous = ''
      continue
    }
    if (previous !== '' && isMidSentence(previous, line, widest))
      paragraphs[paragraphs.length - 1] += line
    else paragraphs.push(line)
    previous = line
  }
  return paragraphs
}
