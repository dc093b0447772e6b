import { endsSentence } from './chars'
import { readCredit, readTrailingCredit } from './bylineCues'
import { isDateline, isSubtitle } from './headingCues'
import type { Line } from './readLines'

// "Short" only means something next to a column: a headline is at most this share of it, and
// below MIN_COLUMN there is no column to compare with.
const SHORT = 0.7
const MIN_COLUMN = 8
// A real overflow, not a number that did not fit (typesetters let those stick out a little).
const OVERFLOW = 1.5

// On a column a line is short when it was broken on purpose, before the wrap had to break it.
const isShort = (line: Line): boolean =>
  isSubtitle(line.text) ||
  (line.column !== null
    ? !line.isFull
    : line.localWidth >= MIN_COLUMN && line.width <= SHORT * line.localWidth)

/** Wider than the page's column: a hard-wrapped body line never is. */
const isWide = (line: Line): boolean => line.column !== null && line.width >= line.column + OVERFLOW

/** Alone between blank lines on a page whose paragraphs run over adjacent lines. */
const isStandalone = (line: Line, next: Line | undefined): boolean =>
  line.isWrappedPage && line.blankBefore > 0 && (next === undefined || next.blankBefore > 0)

/** Evidence that holds whatever the line's width: it overflows the column, or a dateline or byline follows. */
export const isFirmlyApart = (line: Line, next: Line | undefined): boolean =>
  isWide(line) ||
  (next !== undefined &&
    (isDateline(next.text) ||
      readCredit(next.text) !== null ||
      // A subtitle under it, unless the dash only carries on a sentence the wrap broke.
      (isSubtitle(next.text) && !line.isFull)))

/** Evidence that a heading-shaped line is a headline and not a line of a paragraph. */
export const standsApart = (line: Line, next: Line | undefined): boolean =>
  isShort(line) || isStandalone(line, next) || isFirmlyApart(line, next)

/** True when the next line finishes a sentence within a few characters: a wrap, not a start. */
export const finishesSoon = (next: Line | undefined): boolean =>
  next !== undefined && /^[^。！？!?]{1,6}[。！？!?]/.test(next.text) && !isDateline(next.text)

/** True when a paragraph ending in this text is complete: a stop, or a credit after the last one. */
export const closesParagraph = (text: string): boolean =>
  endsSentence(text) || readTrailingCredit(text) !== null || readCredit(text) !== null
