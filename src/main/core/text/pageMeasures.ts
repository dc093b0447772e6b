// Measures of a whole page that say how it was laid out: its column, how it spaces paragraphs,
// whether it wraps them over adjacent lines. readLines notes them on every line.
import { visualWidth } from './chars'
import type { Line } from './readLines'

// A page is hard-wrapped at a fixed width when this share of its lines has the same width.
const COLUMN_SHARE = 0.25
const WRAPPED_SHARE = 0.4
// Headlines may stick out of a column (a number that did not fit sticks out a little); when more
// lines than this share stick out, the shared width is not a column.
const OVERFLOW = 1.5
const MAX_WIDER = 0.2
// Of the lines glued to the one above, the share that carries on a sentence on a page that wraps
// its paragraphs; a page of one paragraph per line glues whole paragraphs and headlines.
const CARRIED_SHARE = 0.5
/**
 * How far short of its column a wrapped line may end: typesetters keep a stop off the start of
 * a line by pulling a character down.
 */
export const WRAP_SLACK = 1

/**
 * The width most lines share (a hard-wrapped column), or null for a page without one. Lines
 * may stick out of a column (headlines) but most must not: a run of short headlines gathered at
 * a page's end shares a width without being a column.
 */
export function pageColumn(lines: Line[]): number | null {
  const counts = new Map<number, number>()
  for (const line of lines)
    counts.set(Math.round(line.width), (counts.get(Math.round(line.width)) ?? 0) + 1)
  const [width, count] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0]
  if (width < 8 || count < 4 || count < COLUMN_SHARE * lines.length) return null
  let wider = 0
  for (const line of lines) if (line.width > width + OVERFLOW) wider++
  return wider <= MAX_WIDER * lines.length ? width : null
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
export function localWidth(lines: Line[], isBodyLike: boolean[], at: number): number {
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

/** Width of the first thing a wrap cannot cut: a run of Latin letters and digits, or one character. */
export function leadWidth(text: string): number {
  let end = 0
  while (end < text.length && /[A-Za-z0-9.%+-]/.test(text[end])) end++
  return end > 0 ? end / 2 : visualWidth(String.fromCodePoint(text.codePointAt(0) ?? 32))
}

/** Width of a line's indentation: ideographic spaces count 1, others 1/2. */
export function indentWidth(raw: string): number {
  let width = 0
  for (const ch of raw) {
    if (ch === '\u3000') width += 1
    else if (/\s/.test(ch)) width += 0.5
    else break
  }
  return width
}

/**
 * The blank run most often printed between paragraphs: above lines that follow a finished
 * sentence (1 on most pages, 2 on airy ones, 0 on pages that indent instead).
 */
export function usualGap(lines: Line[]): number {
  const counts = new Map<number, number>()
  for (let at = 1; at < lines.length; at++) {
    if (!lines[at - 1].endsSentence) continue
    const blanks = lines[at].blankBefore
    counts.set(blanks, (counts.get(blanks) ?? 0) + 1)
  }
  let gap = 1
  let most = 0
  for (const [blanks, count] of counts)
    if (count > most || (count === most && blanks < gap)) [gap, most] = [blanks, count]
  return gap
}

/**
 * True when paragraphs run over adjacent lines: many lines are glued to the one above, and most
 * of those carry on a sentence (a page of one paragraph per line glues finished sentences).
 */
export function wrapsParagraphs(lines: Line[], column: number | null): boolean {
  let glued = 0
  let carried = 0
  for (let at = 1; at < lines.length; at++) {
    if (lines[at].blankBefore > 0) continue
    glued++
    const above = lines[at - 1]
    // A wrapped line may be shaped like a headline; on a column, being full shows it is not one.
    const isBody = !above.isHeadingShaped || (column !== null && above.width >= column - WRAP_SLACK)
    if (isBody && !above.endsSentence) carried++
  }
  return (
    lines.length > 1 &&
    glued >= WRAPPED_SHARE * (lines.length - 1) &&
    carried >= CARRIED_SHARE * glued
  )
}
