import { endsSentence } from './chars'
import { readCredit, readTrailingCredit, type Credit, type TrailingCredit } from './bylineCues'
import { isDateline } from './headingCues'
import { joinLines, joinTrimmed } from './joinLines'
import { classifyLines, type LineRole } from './classifyLines'
import type { Line } from './readLines'
import { NO_DEADLINE, type Deadline } from './deadline'

/** A paragraph of a page: body lines joined across hard wraps, or one headline/credit/label line. */
export interface Paragraph {
  role: LineRole
  lines: Line[]
  /** The lines joined (hard wraps undone), spacing not yet normalised. */
  text: string
  isDateline: boolean
  /** For a credit line: what it says. */
  credit: Credit | null
  /** For a body paragraph: a byline or photo credit printed after its last sentence. */
  trailing: TrailingCredit | null
}

// A line that ends a sentence right at the edge of a fixed column was probably wrapped there.
const EDGE = 1
// The most of a credit the wrap can push onto a line of its own (摄, 文/图, 摄影).
const CREDIT_TAIL = 3

/** True when `line` carries on `paragraph` (judged by its last lines, whatever its length). */
function continues(paragraph: Paragraph, line: Line): boolean {
  if (isDateline(line.text)) return false
  const last = paragraph.lines.at(-1) as Line
  const beforeLast = paragraph.lines.at(-2)
  const end = beforeLast ? joinTrimmed([beforeLast.text, last.text]) : last.text
  if (!endsSentence(end)) {
    const credit = readTrailingCredit(end)
    if (credit === null) return true
    // A credit the wrap cut (…服务。 郝静/ + 摄) reads on as the same credit.
    const longer =
      line.width <= CREDIT_TAIL ? readTrailingCredit(joinLines([end, line.text])) : null
    if (longer !== null && longer.text === credit.text) return true
  }
  const isAtEdge = last.column !== null && last.width >= last.column - EDGE
  return line.blankBefore === 0 && !line.isIndented && isAtEdge
}

const make = (role: LineRole, line: Line): Paragraph => ({
  role,
  lines: [line],
  text: line.text,
  isDateline: role === 'body' && isDateline(line.text),
  credit: role === 'credit' ? readCredit(line.text) : null,
  trailing: null,
})

/**
 * Groups a page's lines into paragraphs: hard wraps and paragraphs broken by a blank line in
 * mid-sentence are joined; headlines, credits and labels stand alone.
 */
export function buildParagraphs(lines: Line[], deadline: Deadline = NO_DEADLINE): Paragraph[] {
  const roles = classifyLines(lines, deadline)
  const paragraphs: Paragraph[] = []
  lines.forEach((line, at) => {
    deadline.check()
    const last = paragraphs.at(-1)
    if (roles[at] === 'body' && last?.role === 'body' && continues(last, line)) {
      last.lines.push(line)
    } else paragraphs.push(make(roles[at], line))
  })
  for (const paragraph of paragraphs) {
    paragraph.text = joinTrimmed(paragraph.lines.map((line) => line.text))
    if (paragraph.role === 'body') paragraph.trailing = readTrailingCredit(paragraph.text)
  }
  return paragraphs
}
