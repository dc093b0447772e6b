// Shared so the reader turns a selection into exactly the positions core stores, slices and
// re-anchors: a highlight's TextPositionSelector counts code points over the cleaned body on
// both sides, and one converter means one rounding rule (see toPoint).

/**
 * Converts between code-point offsets (what selectors store: W3C TextPositionSelector counts
 * characters, and a CJK page must not shift when an emoji sits before a highlight) and the
 * UTF-16 offsets JavaScript strings use.
 */
export interface CodePointText {
  /** The string addressed. */
  text: string
  /** Number of code points. */
  length: number
  /** UTF-16 offset of a code-point offset (length maps to text.length). */
  toUnit(point: number): number
  /** Code-point offset of a UTF-16 offset; one inside a surrogate pair rounds down to its character. */
  toPoint(unit: number): number
  /** Substring by code-point offsets. */
  slice(start: number, end?: number): string
}

/** Wraps a string for code-point addressing; O(1) per lookup for BMP-only text. */
export function codePointText(text: string): CodePointText {
  if (!/[\uD800-\uDFFF]/.test(text)) {
    return {
      text,
      length: text.length,
      toUnit: (point) => point,
      toPoint: (unit) => unit,
      slice: (start, end) => text.slice(start, end),
    }
  }
  const units: number[] = []
  for (let unit = 0; unit < text.length;) {
    units.push(unit)
    unit += (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1
  }
  units.push(text.length)
  const toUnit = (point: number): number => units[Math.max(0, Math.min(point, units.length - 1))]
  const toPoint = (unit: number): number => {
    let low = 0
    let high = units.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (units[mid] <= unit) low = mid
      else high = mid - 1
    }
    return low
  }
  return {
    text,
    length: units.length - 1,
    toUnit,
    toPoint,
    slice: (start, end) => text.slice(toUnit(start), end === undefined ? undefined : toUnit(end)),
  }
}
