import { readCredit, readTrailingCredit } from './bylineCues'
import { hasOrgName, isDateline, isLabel } from './headingCues'
import { FULL, headlineTests, isHeadlineTail } from './headlineTests'
import { joinTrimmed } from './joinLines'
import { closesParagraph, finishesSoon } from './lineEvidence'
import type { Line } from './readLines'
import { NO_DEADLINE, type Deadline } from './deadline'

/** What a line is on its own: part of a paragraph, a headline line, a credit, or a label. */
export type LineRole = 'body' | 'heading' | 'credit' | 'label'

// The most headline lines printed one under the other: kicker, a main line wrapped over two or
// three, subtitle, and a few more gathered at a page's end.
const MAX_HEADING_RUN = 8

/**
 * True when a line sits right under one that fills the column, with nothing but the width to
 * say where the wrap was: a short line there may be a word the wrap cut (工会维 / 护能力…).
 * A blank line on a page that uses them, or a credit closing the line above, says otherwise.
 */
function isUnderFullLine(line: Line, above: Line): boolean {
  if (line.column === null) return above.width >= FULL * above.localWidth
  if (!above.isFull || (line.isWrappedPage && line.blankBefore > 0)) return false
  return readTrailingCredit(above.text) === null && readCredit(above.text) === null
}

// Quotes and brackets that may close a sentence after its stop.
const CLOSERS_AT_END = /[”’」』）)】》"'\]]+$/

/**
 * True when the body paragraph above line `at` is complete: a stop, or a credit after the last
 * one. A credit wrapped over two lines ((吴兆 / 虎)) only closes it as a pair, so the last two
 * lines are read together, unless the last one ends a sentence by itself (read once per line).
 */
function closesAbove(lines: Line[], roles: LineRole[], at: number): boolean {
  const prev = lines[at - 1]
  if (prev.endsSentence && prev.text.replace(CLOSERS_AT_END, '').length >= 2) return true
  const isPair = roles[at - 1] === 'body' && roles[at - 2] === 'body'
  return closesParagraph(isPair ? joinTrimmed([lines[at - 2].text, prev.text]) : prev.text)
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
 * Gives every line a role. A line is a headline when it is heading-shaped, stands apart (on a
 * column: broken before the wrap had to; else short next to its neighbours; or alone between
 * blank lines, wider than the column, over a dateline, byline or subtitle), follows the end of
 * a paragraph or another headline, and is not finished by the next line; a headline line the
 * wrap broke keeps its short last piece, and a line that says no sentence right over a dateline
 * heads that story. After a paragraph the page cut off, a run of such lines still counts when
 * it names an organisation or a dateline follows it.
 */
export function classifyLines(lines: Line[], deadline: Deadline = NO_DEADLINE): LineRole[] {
  const roles: LineRole[] = []
  const { usesIndent, isGlued, isOverDateline, isCandidate, isSecondLine } = headlineTests(
    lines,
    roles,
  )
  // A label stands alone, and not right after a line the wrap broke (that would make it a
  // wrapped fragment). A page that indents its paragraphs sets a label apart by not indenting
  // it; on a page without blank lines a label stands right over the next story's headline.
  const isLabelLine = (at: number): boolean => {
    const line = lines[at]
    if (isLabel(line.text, false)) return true
    // Asked only of lines shaped like a label: what follows reads the page around them.
    if (!isLabel(line.text, true)) return false
    const prev = lines[at - 1]
    const next = lines[at + 1]
    const isAfterWrap = prev !== undefined && isUnderFullLine(line, prev)
    const isSetApart = line.blankBefore > 0 || (usesIndent && !line.isIndented)
    const isNextApart =
      next === undefined || next.blankBefore > 0 || (usesIndent && next.isIndented)
    if ((prev === undefined || (isSetApart && !isAfterWrap)) && isNextApart) return true
    return !isAfterWrap && next?.blankBefore === 0 && isCandidate(at + 1)
  }
  for (let at = 0; at < lines.length; at++) {
    deadline.check()
    const line = lines[at]
    const prev = lines[at - 1]
    const isAfterEnd =
      prev === undefined || roles[at - 1] !== 'body' || closesAbove(lines, roles, at)
    if (roles[at - 1] === 'heading' && line.column !== null && isGlued(at) && isHeadlineTail(line))
      roles.push('heading')
    else if (isAfterEnd && isLabelLine(at) && !finishesSoon(lines[at + 1])) {
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
