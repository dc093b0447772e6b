import { paragraphSpans } from '../../../../shared/text/paragraphs'

/**
 * Maps between the two ways of counting a story's text: highlights are stored in code points
 * (W3C TextPositionSelector), the DOM and JavaScript strings count UTF-16 units.
 */
export interface BodyOffsets {
  /** UTF-16 offset of each paragraph's first character in the body. */
  paragraphStarts: number[]
  toUnit: (point: number) => number
  toPoint: (unit: number) => number
}

/** Offsets for a body whose paragraphs are separated by blank lines (as articleBlocks splits it). */
export const bodyOffsets = (body: string): BodyOffsets => {
  const isBmp = !/[\uD800-\uDFFF]/.test(body)
  return {
    paragraphStarts: paragraphSpans(body).map((paragraph) => paragraph.start),
    toUnit: (point) => (isBmp ? point : Array.from(body).slice(0, point).join('').length),
    toPoint: (unit) => (isBmp ? unit : Array.from(body.slice(0, unit)).length),
  }
}
