import { codePointText } from '../../../../shared/text/codePoints'
import { paragraphSpans } from '../../../../shared/text/paragraphs'

/**
 * Maps between the two ways of counting a story's text: highlights are stored in code points
 * (W3C TextPositionSelector), the DOM and JavaScript strings count UTF-16 units. Built from the
 * helpers core uses, so a selection becomes exactly the span core stores.
 */
export interface BodyOffsets {
  /** UTF-16 offset of each paragraph's first character in the body. */
  paragraphStarts: number[]
  toUnit: (point: number) => number
  toPoint: (unit: number) => number
}

/** Offsets for a body whose paragraphs are separated by blank lines (as articleBlocks splits it). */
export const bodyOffsets = (body: string): BodyOffsets => {
  const text = codePointText(body)
  return {
    paragraphStarts: paragraphSpans(body).map((paragraph) => paragraph.start),
    toUnit: text.toUnit,
    toPoint: text.toPoint,
  }
}
