import { readCredit, readTrailingCredit } from './bylineCues'
import type { LineRole } from './classifyLines'
import { hasOrgName, isCouplet, isDateline, isSubtitle } from './headingCues'
import { closesParagraph, finishesSoon, isFirmlyApart, standsApart } from './lineEvidence'
import type { Line } from './readLines'

// The tests classifyLines asks of each line: is it shaped and set like a headline, glued to
// the block above, the piece of a headline the wrap broke, over a dateline.

/** A wrapped body line fills its column (without one, this share of the lines around it). */
export const FULL = 0.9
// The widest a headline line is printed (a subtitle may run this long).
const MAX_HEADLINE = 48
// A line this much wider than the column was set wider on purpose, not wrapped.
const OVERFLOW = 1
// A page indents its paragraphs when this share of its lines is indented.
const INDENTED_SHARE = 0.1

/** True when a line stops short of its column. */
const isShortOfFull = (line: Line): boolean =>
  line.column !== null ? line.width < line.column - 1 : line.width < FULL * line.localWidth

/** True when a line opens with one character and a comma: the end of a word cut by the wrap (领导小 / 组，). */
const endsWord = (line: Line | undefined): boolean =>
  line !== undefined && /^[^，。、；：,;:][，。、；：,;:]/.test(line.text)

/**
 * True for the last piece of a headline line the wrap broke (清河县…事迹座 / 谈会): short, no
 * sentence, no dateline; a bare name-like piece is not a byline here, marked credits are.
 */
export const isHeadlineTail = (line: Line): boolean =>
  !line.isFull &&
  !isSubtitle(line.text) &&
  !/[。！？!?]/.test(line.text) &&
  !isDateline(line.text) &&
  (readCredit(line.text) === null || /^[\u4e00-\u9fff]{1,3}$/.test(line.text))

/** Headline tests for the lines of one page; `roles` holds the roles given so far. */
export function headlineTests(lines: Line[], roles: LineRole[]) {
  const usesIndent = lines.filter((line) => line.isIndented).length >= INDENTED_SHARE * lines.length
  // A line carries on the block above it when that block's last line was broken by the wrap: on
  // a column, the line above is full (and no blank line or indent says a new block starts); on
  // a page without one, a line glued to the one above on a page that wraps its paragraphs.
  const readGlued = (at: number): boolean => {
    const line = lines[at]
    if (at === 0) return false
    if (line.column === null) return line.isWrappedPage && line.blankBefore === 0 && !usesIndent
    const above = lines[at - 1]
    const isNewBlock =
      (line.isWrappedPage && line.blankBefore > 0) || (usesIndent && line.isIndented)
    // A line wider than the column was set so on purpose.
    const isWrapped = above.isFull && above.width <= line.column + OVERFLOW
    // A couplet headline starts a block of its own even under a line the page cut off.
    if (!isWrapped || isNewBlock || isCouplet(line.text)) return false
    // A sentence that ends at the column's edge says nothing either way: a headline glued under
    // it on a dense page is likelier than a paragraph the page broke right after that stop.
    return !above.endsSentence && !closesParagraph(above.text)
  }
  // Asked several times for every line: read once (0 not yet, 1 glued, 2 not).
  const glued = new Uint8Array(lines.length)
  const isGlued = (at: number): boolean => {
    if (glued[at] === 0) glued[at] = readGlued(at) ? 1 : 2
    return glued[at] === 1
  }
  // On a page that indents its paragraphs, an indented line starts a paragraph, not a headline.
  const isShaped = (at: number): boolean =>
    at < lines.length &&
    lines[at].isHeadingShaped &&
    !finishesSoon(lines[at + 1]) &&
    !(usesIndent && lines[at].isIndented)
  // On such a page the body under a headline starts indented; a plain line glued under a short
  // one carries on a paragraph the page broke in mid-sentence.
  const isFollowedByBlock = (at: number): boolean => {
    const next = lines[at + 1]
    if (!usesIndent || next === undefined || next.blankBefore > 0 || next.isIndented) return true
    const isHeadline = next.isHeadingShaped && !next.isFull
    return isHeadline || isDateline(next.text) || readCredit(next.text) !== null
  }
  const isApart = (at: number): boolean =>
    isShaped(at) && !isGlued(at) && standsApart(lines[at], lines[at + 1]) && isFollowedByBlock(at)
  const isTail = (at: number): boolean =>
    at < lines.length && lines[at].column !== null && isGlued(at) && isHeadlineTail(lines[at])
  // Where a story may start: at the top, after a credit, label or headline line, after a
  // paragraph closed by a credit, or after one the page cut off (then the run must name an
  // organisation or stand over a dateline). After a plain finished sentence, a full line and a
  // short one may be a sentence the page broke with a blank line (…老年志 / 愿者代表…), unless
  // the short one names who acts (四个能力 / 盐都区总工会贴心服务职工…).
  const isAfterStory = (at: number): boolean => {
    if (at === 0 || roles[at - 1] !== 'body') return true
    const above = lines[at - 1]
    return !above.endsSentence || readTrailingCredit(above.text) !== null
  }
  // A headline line the wrap broke: the short piece under it, then a new block, show what it is.
  const isBrokenHeadline = (at: number): boolean =>
    isShaped(at) &&
    !isGlued(at) &&
    isTail(at + 1) &&
    isFollowedByBlock(at + 1) &&
    (isAfterStory(at) ||
      isFirmlyApart(lines[at + 1], lines[at + 2]) ||
      hasOrgName(lines[at + 1].text))
  // A line that says no sentence and stands right over a dateline heads that story, whatever
  // its shape (a headline cut for space may end on 在 or 的).
  const isOverDateline = (at: number): boolean => {
    const line = lines[at]
    const next = lines[at + 1]
    if (next === undefined || !isDateline(next.text) || isGlued(at)) return false
    const isSentence = /[。！？!?]/.test(line.text) || isDateline(line.text)
    return !isSentence && line.width <= MAX_HEADLINE && readCredit(line.text) === null
  }
  // A line glued under a kicker is its main line only on firm evidence.
  const isGluedMain = (at: number): boolean =>
    isShaped(at) && isGlued(at) && isFirmlyApart(lines[at], lines[at + 1])
  return {
    usesIndent,
    isGlued,
    isOverDateline,
    // A kicker may be as wide as a body line; the main line under it shows what it is.
    isCandidate: (at: number): boolean =>
      isApart(at) ||
      isBrokenHeadline(at) ||
      (isShaped(at) &&
        !isGlued(at) &&
        (isApart(at + 1) ||
          isGluedMain(at + 1) ||
          isBrokenHeadline(at + 1) ||
          isOverDateline(at + 1))),
    // The second line of a two-line headline: glued to the first, or under it naming who acts.
    isSecondLine: (at: number, isAfterHeading = roles[at - 1] === 'heading'): boolean =>
      isAfterHeading &&
      !lines[at].isIndented &&
      isShaped(at) &&
      (lines[at].blankBefore === 0 || (hasOrgName(lines[at].text) && !endsWord(lines[at + 1]))) &&
      (isShortOfFull(lines[at]) || isFirmlyApart(lines[at], lines[at + 1])),
  }
}
