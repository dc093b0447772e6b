import { readCredit } from './bylineCues'
import { hasOrgName, isDateline, isLabel, isSubtitle } from './headingCues'
import { joinLines } from './joinLines'
import { closesParagraph, finishesSoon, isFirmlyApart, standsApart } from './lineEvidence'
import type { Line } from './readLines'
import { NO_DEADLINE, type Deadline } from './deadline'

/** What a line is on its own: part of a paragraph, a headline line, a credit, or a label. */
export type LineRole = 'body' | 'heading' | 'credit' | 'label'

// A wrapped body line fills its column; a page indents its paragraphs when this share of lines is.
const FULL = 0.9
// The most headline lines printed one under the other: kicker, a main line wrapped over two or
// three, subtitle, and a few more gathered at a page's end.
const MAX_HEADING_RUN = 8
// The widest a headline line is printed (a subtitle may run this long).
const MAX_HEADLINE = 48
// A line this much wider than the column was set wider on purpose, not wrapped.
const OVERFLOW = 1
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
const isHeadlineTail = (line: Line): boolean =>
  !line.isFull &&
  !isSubtitle(line.text) &&
  !/[。！？!?]/.test(line.text) &&
  !isDateline(line.text) &&
  (readCredit(line.text) === null || /^[\u4e00-\u9fff]{1,3}$/.test(line.text))

/** Headline tests for the lines of one page. */
function headlineTests(lines: Line[], roles: LineRole[]) {
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
    // A sentence that ends at the column's edge says nothing either way, and a line wider than
    // the column was set so on purpose.
    const isWrapped = above.isFull && above.width <= line.column + OVERFLOW
    return isWrapped && !isNewBlock && !above.endsSentence && !closesParagraph(above.text)
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
  // A headline line the wrap broke: the short piece under it, then a new block, show what it is.
  const isBrokenHeadline = (at: number): boolean =>
    isShaped(at) && !isGlued(at) && isTail(at + 1) && isFollowedByBlock(at + 1)
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

/**
 * Gives back to the body any run of more than MAX_HEADING_RUN headline lines printed without a
 * blank line between them: no headline runs that long, but a paragraph set in short lines does
 * (every line broken on purpose, each one shaped like a headline).
 */
function unsetLongRuns(lines: Line[], roles: LineRole[]): void {
  let start = 0
  for (let at = 0; at <= lines.length; at++) {
    const isRun = at < lines.length && roles[at] === 'heading'
    const isGlued = isRun && at > start && lines[at].blankBefore === 0
    if (isRun && (at === start || isGlued)) continue
    if (at - start > MAX_HEADING_RUN) roles.fill('body', start, at)
    start = isRun ? at : at + 1
  }
}

/**
 * Gives every line a role. A line is a headline when it is heading-shaped, stands apart from
 * the column (short, alone between blank lines, wider than the column, or over a dateline or
 * byline), follows the end of a paragraph or another headline, and is not finished by the next
 * line; the line under a headline line is its second line when it is glued to it or names an
 * organisation without filling the column. After an unfinished paragraph (a story cut off by the page) a run of such lines still
 * counts when it names an organisation or a dateline follows it.
 */
export function classifyLines(lines: Line[], deadline: Deadline = NO_DEADLINE): LineRole[] {
  const roles: LineRole[] = []
  const { usesIndent, isGlued, isOverDateline, isCandidate, isSecondLine } = headlineTests(
    lines,
    roles,
  )
  for (let at = 0; at < lines.length; at++) {
    deadline.check()
    const line = lines[at]
    const prev = lines[at - 1]
    // A credit wrapped over two lines ((吴兆 / 虎)) only closes the paragraph as a pair.
    const isPair = roles[at - 1] === 'body' && roles[at - 2] === 'body'
    const tail = isPair ? joinLines([lines[at - 2].text, prev.text]) : (prev?.text ?? '')
    const isAfterEnd = prev === undefined || roles[at - 1] !== 'body' || closesParagraph(tail)
    // A label stands alone, and not right after a line the wrap broke (that would make it a
    // wrapped fragment).
    const isAfterWrap =
      prev !== undefined &&
      (line.column !== null ? isGlued(at) : prev.width >= FULL * prev.localWidth)
    // On a page without blank lines a label stands right over the headline of the next story.
    // A page that indents its paragraphs sets a label apart by not indenting it.
    const isSetApart = line.blankBefore > 0 || (usesIndent && !line.isIndented)
    const next = lines[at + 1]
    const isNextApart =
      next === undefined || next.blankBefore > 0 || (usesIndent && next.isIndented)
    const isAlone = (prev === undefined || (isSetApart && !isAfterWrap)) && isNextApart
    const isOverHeadline = !isAfterWrap && lines[at + 1]?.blankBefore === 0 && isCandidate(at + 1)
    if (roles[at - 1] === 'heading' && line.column !== null && isGlued(at) && isHeadlineTail(line))
      roles.push('heading')
    else if (
      isAfterEnd &&
      isLabel(line.text, isAlone || isOverHeadline) &&
      !finishesSoon(lines[at + 1])
    ) {
      roles.push('label')
    } else if (isAfterEnd && readCredit(line.text)) roles.push('credit')
    else if (isAfterEnd && (isCandidate(at) || isSecondLine(at) || isOverDateline(at)))
      roles.push('heading')
    else if (!isAfterEnd && isCandidate(at)) {
      let end = at
      while (end + 1 < lines.length && (isCandidate(end + 1) || isSecondLine(end + 1, true))) end++
      const run = lines.slice(at, end + 1)
      const isHeadline =
        (run.length >= 2 && run.some((each) => hasOrgName(each.text))) ||
        (lines[end + 1] !== undefined && isDateline(lines[end + 1].text))
      for (let each = at; each <= end; each++) roles.push(isHeadline ? 'heading' : 'body')
      at = end
    } else roles.push('body')
  }
  unsetLongRuns(lines, roles)
  return roles
}
