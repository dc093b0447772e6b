import type { HighlightListItem } from '../../../../shared/annotations'
import type { LocalHighlight } from '../highlights/AnnotatedText'

/** One numbered footnote: a highlight with a note. */
export interface PrintFootnote {
  number: number
  highlight: HighlightListItem
}

/** The story's footnotes, and for each paragraph which footnote numbers end in it. */
export interface PrintNotes {
  footnotes: PrintFootnote[]
  refsByParagraph: Array<Map<string, number>>
}

/**
 * Numbers the highlights that carry a note in reading order (those that could not be placed
 * last: they have no spot in the text, only their quote in the footnote), and puts each number
 * in the last paragraph its highlight reaches.
 */
export const printFootnotes = (
  highlights: readonly HighlightListItem[],
  paragraphs: ReadonlyArray<readonly LocalHighlight[]>,
): PrintNotes => {
  const noted = highlights
    .filter((h) => h.note.trim() !== '')
    .sort((a, b) => Number(a.isOrphan) - Number(b.isOrphan) || a.position.start - b.position.start)
  const numbers = new Map(noted.map((h, index) => [h.id as string, index + 1]))
  const lastParagraph = new Map<string, number>()
  paragraphs.forEach((list, index) => list.forEach((h) => lastParagraph.set(h.id, index)))
  const refsByParagraph = paragraphs.map(
    (list, index) =>
      new Map(
        list
          .filter((h) => numbers.has(h.id) && lastParagraph.get(h.id) === index)
          .map((h) => [h.id, numbers.get(h.id)!] as const),
      ),
  )
  return {
    footnotes: noted.map((highlight, index) => ({ number: index + 1, highlight })),
    refsByParagraph,
  }
}
