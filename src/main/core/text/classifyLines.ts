import { readCredit } from './bylineCues'
import { hasOrgName, isDateline, isLabel } from './headingCues'
import { joinLines } from './joinLines'
import { closesParagraph, finishesSoon, isFirmlyApart, standsApart } from './lineEvidence'
import type { Line } from './readLines'
import { NO_DEADLINE, type Deadline } from './deadline'

/** What a line is on its own: part of a paragraph, a headline line, a credit, or a label. */
export type LineRole = 'body' | 'heading' | 'credit' | 'label'

// A wrapped body line fills its column; a page indents its paragraphs when this share of lines is.
const FULL = 0.9
const INDENTED_SHARE = 0.1

/** True when a line stops short of its column. */
const isShortOfFull = (line: Line): boolean =>
  line.column !== null ? line.width < line.column - 1 : line.width < FULL * line.localWidth

/** True when a line opens with one character and a comma: the end of a word cut by the wrap (领导小 / 组，). */
const endsWord = (line: Line | undefined): boolean =>
  line !== undefined && /^[^，。、；：,;:][，。、；：,;:]/.test(line.text)

/** Headline tests for the lines of one page. */
function headlineTests(lines: Line[], roles: LineRole[]) {
  const usesIndent = lines.filter((line) => line.isIndented).length >= INDENTED_SHARE * lines.length
  // On a hard-wrapped page whose paragraphs are not indented, a line glued to the one above
  // belongs to the same block.
  const isGlued = (at: number): boolean =>
    at > 0 && lines[at].isWrappedPage && lines[at].blankBefore === 0 && !usesIndent
  const isShaped = (at: number): boolean =>
    at < lines.length && lines[at].isHeadingShaped && !finishesSoon(lines[at + 1])
  const isApart = (at: number): boolean =>
    isShaped(at) && !isGlued(at) && standsApart(lines[at], lines[at + 1])
  // A line glued under a kicker is its main line only on firm evidence.
  const isGluedMain = (at: number): boolean =>
    isShaped(at) && isGlued(at) && isFirmlyApart(lines[at], lines[at + 1])
  return {
    // A kicker may be as wide as a body line; the main line under it shows what it is.
    isCandidate: (at: number): boolean =>
      isApart(at) || (isShaped(at) && !isGlued(at) && (isApart(at + 1) || isGluedMain(at + 1))),
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
 * Gives every line a role. A line is a headline when it is heading-shaped, stands apart from
 * the column (short, alone between blank lines, wider than the column, or over a dateline or
 * byline), follows the end of a paragraph or another headline, and is not finished by the next
 * line; the line under a headline line is its second line when it is glued to it or names an
 * organisation without filling the column. After an unfinished paragraph (a story cut off by the page) a run of such lines still
 * counts when it names an organisation or a dateline follows it.
 */
export function classifyLines(lines: Line[], deadline: Deadline = NO_DEADLINE): LineRole[] {
  const roles: LineRole[] = []
  const { isCandidate, isSecondLine } = headlineTests(lines, roles)
  for (let at = 0; at < lines.length; at++) {
    deadline.check()
    const line = lines[at]
    const prev = lines[at - 1]
    // A credit wrapped over two lines ((吴兆 / 虎)) only closes the paragraph as a pair.
    const isPair = roles[at - 1] === 'body' && roles[at - 2] === 'body'
    const tail = isPair ? joinLines([lines[at - 2].text, prev.text]) : (prev?.text ?? '')
    const isAfterEnd = prev === undefined || roles[at - 1] !== 'body' || closesParagraph(tail)
    // A label stands alone, and not right after a full line (that would be a wrapped fragment).
    const isAlone =
      (prev === undefined || (line.blankBefore > 0 && prev.width < FULL * prev.localWidth)) &&
      (lines[at + 1]?.blankBefore ?? 1) > 0
    if (isAfterEnd && isLabel(line.text, isAlone) && !finishesSoon(lines[at + 1])) {
      roles.push('label')
    } else if (isAfterEnd && readCredit(line.text)) roles.push('credit')
    else if (isAfterEnd && (isCandidate(at) || isSecondLine(at))) roles.push('heading')
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
  return roles
}
