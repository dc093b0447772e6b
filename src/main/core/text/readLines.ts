import { normaliseEol, trimLine, visualWidth } from './chars'
import { NO_DEADLINE, type Deadline } from './deadline'
import { isHeadingShaped } from './headingCues'

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
  /** Typical width of the lines around it: "short" only means something relative to a column. */
  localWidth: number
  /** The page's column width when its text is hard-wrapped at a fixed width, else null. */
  column: number | null
  /** True when the page wraps paragraphs over adjacent lines, so blank lines mean something. */
  isWrappedPage: boolean
}

// A page is hard-wrapped at a fixed width when this share of its lines has the same width.
const COLUMN_SHARE = 0.25
const WRAPPED_SHARE = 0.4

/** The width most lines share (a hard-wrapped column), or null for a page without one. */
function pageColumn(lines: Line[]): number | null {
  const counts = new Map<number, number>()
  for (const line of lines)
    counts.set(Math.round(line.width), (counts.get(Math.round(line.width)) ?? 0) + 1)
  const [width, count] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0]
  return width >= 8 && count >= 4 && count >= COLUMN_SHARE * lines.length ? width : null
}

const NEIGHBOURS = 4
const REACH = 12

// Two small buffers reused for every line: localWidth runs once per line of every page, and
// fresh arrays, slices and sorts there were a third of the time the splitter took to read a page.
const nearWidths = new Float64Array(2 * NEIGHBOURS)
const bodyWidths = new Float64Array(2 * NEIGHBOURS)

/** The upper-quartile value of the first `count` entries of `values`, sorted in place. */
const upperQuartile = (values: Float64Array, count: number): number => {
  if (count === 0) return 0
  // Insertion sort: never more than eight values.
  for (let i = 1; i < count; i++) {
    const value = values[i]
    let j = i - 1
    while (j >= 0 && values[j] > value) {
      values[j + 1] = values[j]
      j--
    }
    values[j + 1] = value
  }
  return values[Math.min(count - 1, Math.floor(count * 0.75))]
}

/**
 * Upper-quartile width of the lines around a line: of its four neighbours on each side, or of
 * the nearest body-like lines (not shaped like headlines) when that is wider, so that a run of
 * headlines gathered at a page's end does not set its own scale.
 */
function localWidth(lines: Line[], isBodyLike: boolean[], at: number): number {
  let near = 0
  for (let other = Math.max(0, at - NEIGHBOURS); other < at; other++) {
    nearWidths[near++] = lines[other].width
  }
  for (let other = at + 1; other < Math.min(lines.length, at + 1 + NEIGHBOURS); other++) {
    nearWidths[near++] = lines[other].width
  }
  let bodyLike = 0
  for (const step of [-1, 1]) {
    let taken = 0
    for (
      let other = at + step;
      Math.abs(other - at) <= REACH && taken < NEIGHBOURS;
      other += step
    ) {
      if (other < 0 || other >= lines.length) break
      if (isBodyLike[other]) {
        bodyWidths[bodyLike++] = lines[other].width
        taken++
      }
    }
  }
  if (near === 0) return lines[at].width
  return Math.max(upperQuartile(nearWidths, near), upperQuartile(bodyWidths, bodyLike))
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
    const isIndented = /^[\s\u00a0\u3000]/.test(raw)
    const width = visualWidth(text)
    lines.push({
      index,
      raw,
      text,
      width,
      blankBefore: blanks,
      isIndented,
      isHeadingShaped: isHeadingShaped(text, width),
      localWidth: 0,
      column: null,
      isWrappedPage: false,
    })
    blanks = 0
  })
  const isBodyLike = lines.map((line) => !line.isHeadingShaped)
  const column = pageColumn(lines)
  const adjacent = lines.filter((line, at) => at > 0 && line.blankBefore === 0).length
  const isWrappedPage = adjacent >= WRAPPED_SHARE * (lines.length - 1) && lines.length > 1
  lines.forEach((line, at) => {
    deadline.check()
    line.localWidth = column ?? localWidth(lines, isBodyLike, at)
    line.column = column
    line.isWrappedPage = isWrappedPage
  })
  return { all, lines }
}
