import type { HighlightColor } from '../../../../shared/annotations'
import type { LocalHighlight } from '../highlights/AnnotatedText'

/** A run of a paragraph's text: highlighted in a colour or not, with footnote numbers after it. */
export interface PrintPiece {
  text: string
  color: HighlightColor | null
  refs: number[]
}

/**
 * Cuts a paragraph at every highlight edge, as the reader does: each piece takes the colour of
 * the newest highlight covering it, and a highlight's footnote number follows the piece where
 * that highlight ends (`refs` holds the highlights that end in this paragraph).
 */
export const printPieces = (
  text: string,
  highlights: readonly LocalHighlight[],
  refs: ReadonlyMap<string, number>,
): PrintPiece[] => {
  const edges = new Set([0, text.length])
  for (const h of highlights) edges.add(Math.max(0, h.start)).add(Math.min(text.length, h.end))
  const cuts = [...edges].filter((edge) => edge >= 0 && edge <= text.length).sort((a, b) => a - b)
  const pieces: PrintPiece[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]]
    const covering = highlights.filter((h) => h.start <= from && to <= h.end)
    const endingHere = highlights
      .filter((h) => Math.min(text.length, h.end) === to && refs.has(h.id))
      .map((h) => refs.get(h.id)!)
      .sort((a, b) => a - b)
    pieces.push({
      text: text.slice(from, to),
      color: covering[covering.length - 1]?.color ?? null,
      refs: endingHere,
    })
  }
  return pieces
}
