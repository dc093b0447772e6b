import type { ReactNode } from 'react'
import type { HighlightColor } from '../../../../shared/annotations'

/** A highlight inside one paragraph, in UTF-16 units of the paragraph's text. */
export interface LocalHighlight {
  id: string
  color: HighlightColor
  hasNote: boolean
  start: number
  end: number
}

interface AnnotatedTextProps {
  text: string
  /** Search matches, sorted [start, end) units. */
  ranges: ReadonlyArray<readonly [number, number]>
  firstMatchNumber: number
  currentMatch?: number
  highlights: readonly LocalHighlight[]
  onHighlightClick: (id: string, element: HTMLElement) => void
}

/**
 * Paragraph text with the reader's highlights and the search matches both marked. The text is
 * cut at every edge of either; each piece is wrapped in the topmost highlight covering it (the
 * newest), and a search match inside it keeps its numbered <mark> so n/N still find it.
 */
export const AnnotatedText = ({
  text,
  ranges,
  firstMatchNumber,
  currentMatch,
  highlights,
  onHighlightClick,
}: AnnotatedTextProps) => {
  const edges = new Set([0, text.length])
  for (const [start, end] of ranges) edges.add(start).add(end)
  for (const h of highlights) edges.add(Math.max(0, h.start)).add(Math.min(text.length, h.end))
  const cuts = [...edges].filter((edge) => edge >= 0 && edge <= text.length).sort((a, b) => a - b)
  const parts: ReactNode[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]]
    if (to <= from) continue
    let piece: ReactNode = text.slice(from, to)
    const match = ranges.findIndex(([start, end]) => start <= from && to <= end)
    if (match >= 0) {
      const number = firstMatchNumber + match
      piece = (
        <mark
          data-match={number}
          className={number === currentMatch ? 'is-current' : undefined}
          aria-current={number === currentMatch ? 'true' : undefined}
        >
          {piece}
        </mark>
      )
    }
    const covering = highlights.filter((h) => h.start <= from && to <= h.end)
    const top = covering[covering.length - 1]
    if (top) {
      piece = (
        <mark
          className={`hl hl-${top.color} ${top.hasNote ? 'has-note' : ''}`}
          data-highlight-id={top.id}
          tabIndex={0}
          role="button"
          onClick={(event) => onHighlightClick(top.id, event.currentTarget)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onHighlightClick(top.id, event.currentTarget)
          }}
        >
          {piece}
        </mark>
      )
    }
    parts.push(<span key={from}>{piece}</span>)
  }
  return <>{parts}</>
}
