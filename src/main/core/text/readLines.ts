import { endsSentence, isSpaceCode, normaliseEol, trimLine, visualWidth } from './chars'
import { NO_DEADLINE, type Deadline } from './deadline'
import { isHeadingShaped } from './headingCues'
import {
  indentWidth,
  leadWidth,
  localWidth,
  pageColumn,
  usualGap,
  WRAP_SLACK,
  wrapsParagraphs,
} from './pageMeasures'

/** One non-blank line of a page, with the layout around it. */
export interface Line {
  /** Position among all lines of the page (blank ones included), for originalText. */
  index: number
  /** Exactly as decoded. */
  raw: string
  /** Without indentation or trailing spaces. */
  text: string
  width: number
  /** Blank lines right above it; two or more usually mark a picture that was not extracted. */
  blankBefore: number
  isIndented: boolean
  /** Shaped like a headline by its text alone (isHeadingShaped); asked often, so read once. */
  isHeadingShaped: boolean
  /** The line ends a sentence (endsSentence); asked often, so read once. */
  endsSentence: boolean
  /** Typical width of the lines around it: "short" only means something relative to a column. */
  localWidth: number
  /** The page's column width when its text is hard-wrapped at a fixed width, else null. */
  column: number | null
  /** True when the page wraps paragraphs over adjacent lines, so blank lines mean something. */
  isWrappedPage: boolean
  /**
   * On a hard-wrapped page, true when the line reaches so close to the column that the next
   * line's first word would not have fitted: the break may be the wrap's. A line that stops
   * shorter was broken on purpose (a headline, a byline, a paragraph's end).
   */
  isFull: boolean
  /** More blank lines above it than the page puts between paragraphs: a picture's gap. */
  isAfterGap: boolean
}

/** Splits a page into its non-blank lines (any line ending), noting blank runs and widths. */
export function readLines(
  page: string,
  deadline: Deadline = NO_DEADLINE,
): { all: string[]; lines: Line[] } {
  const all = normaliseEol(page).split('\n')
  const lines: Line[] = []
  let blanks = 0
  all.forEach((raw, index) => {
    deadline.check()
    const text = trimLine(raw)
    if (text === '') {
      blanks++
      return
    }
    const isIndented = isSpaceCode(raw.charCodeAt(0))
    const width = visualWidth(text)
    const isSentenceEnd = endsSentence(text)
    lines.push({
      index,
      raw,
      text,
      width,
      blankBefore: blanks,
      isIndented,
      isHeadingShaped: isHeadingShaped(text, width, isSentenceEnd),
      endsSentence: isSentenceEnd,
      localWidth: 0,
      column: null,
      isWrappedPage: false,
      isFull: false,
      isAfterGap: false,
    })
    blanks = 0
  })
  const isBodyLike = lines.map((line) => !line.isHeadingShaped)
  const column = pageColumn(lines)
  const isWrappedPage = wrapsParagraphs(lines, column)
  const gap = Math.max(2, usualGap(lines) + 1)
  lines.forEach((line, at) => {
    deadline.check()
    line.localWidth = column ?? localWidth(lines, isBodyLike, at)
    line.column = column
    line.isWrappedPage = isWrappedPage
    const next = lines[at + 1]
    // An indented first line fills the column with its indent.
    const printed = line.width + (line.isIndented ? indentWidth(line.raw) : 0)
    line.isFull =
      column !== null && printed + (next ? leadWidth(next.text) : 1) > column - WRAP_SLACK
    line.isAfterGap = line.blankBefore >= gap
  })
  return { all, lines }
}
