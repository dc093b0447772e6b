import type { HighlightListItem } from '../../../../shared/annotations'
import type { LocalHighlight } from './AnnotatedText'
import type { BodyOffsets } from './bodyOffsets'

/** Each paragraph's highlights in its own UTF-16 units (orphans have no place to show). */
export const paragraphHighlights = (
  highlights: readonly HighlightListItem[],
  paragraphs: ReadonlyArray<{ text: string }>,
  offsets: BodyOffsets,
): LocalHighlight[][] =>
  paragraphs.map((paragraph, index) => {
    const from = offsets.paragraphStarts[index] ?? 0
    const to = from + paragraph.text.length
    return highlights
      .filter((h) => !h.isOrphan)
      .map((h) => ({
        h,
        start: offsets.toUnit(h.position.start),
        end: offsets.toUnit(h.position.end),
      }))
      .filter(({ start, end }) => start < to && end > from)
      .map(({ h, start, end }) => ({
        id: h.id,
        color: h.color,
        hasNote: h.note.length > 0,
        start: Math.max(0, start - from),
        end: Math.min(paragraph.text.length, end - from),
      }))
  })
