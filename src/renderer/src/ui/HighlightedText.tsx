import type { ReactNode } from 'react'

interface HighlightedTextProps {
  text: string
  /** Sorted, non-overlapping [start, end) code-unit ranges to mark. */
  ranges: ReadonlyArray<readonly [number, number]>
  /** Number given to the first range, so marks across paragraphs count as one sequence. */
  firstMatchNumber?: number
  /** The match to show as the current one (by number), if any. */
  currentMatch?: number
}

/**
 * Text with <mark> elements around the given ranges, built as React elements so stored text
 * is never parsed as HTML.
 */
export const HighlightedText = ({
  text,
  ranges,
  firstMatchNumber = 0,
  currentMatch,
}: HighlightedTextProps) => {
  if (ranges.length === 0) return <>{text}</>
  const parts: ReactNode[] = []
  let cursor = 0
  ranges.forEach(([start, end], index) => {
    const from = Math.max(start, cursor)
    if (end <= from) return
    if (from > cursor) parts.push(text.slice(cursor, from))
    const number = firstMatchNumber + index
    parts.push(
      <mark
        key={number}
        data-match={number}
        className={number === currentMatch ? 'is-current' : undefined}
        aria-current={number === currentMatch ? 'true' : undefined}
      >
        {text.slice(from, end)}
      </mark>,
    )
    cursor = end
  })
  if (cursor < text.length) parts.push(text.slice(cursor))
  return <>{parts}</>
}
