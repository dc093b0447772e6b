import search from 'approx-string-match'
import type { TextPositionSelector, TextQuoteSelector } from '../../../shared/annotations'
import { codePointText, type CodePointText } from '../../../shared/text/codePoints'

/** A highlight's stored selectors. */
export interface Anchor {
  quote: TextQuoteSelector
  position: TextPositionSelector
}

/** Where a quote was found again, and how sure we are (0 = exact with context). */
export interface Placement {
  position: TextPositionSelector
  errors: number
}

// Longer quotes tolerate more edits; the cap keeps Myers' search fast on long stories.
const maxErrorsFor = (length: number): number => Math.min(32, Math.floor(length / 4))

/** How many characters `a` and `b` share at their ends. */
export const commonSuffix = (a: string, b: string): number => {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

/** How many characters `a` and `b` share at their starts. */
export const commonPrefix = (a: string, b: string): number => {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

// Among candidate spans (UTF-16), prefer matching context, then closeness to the old position.
const bestCandidate = (
  text: CodePointText,
  anchor: Anchor,
  candidates: Array<{ start: number; end: number; errors: number }>,
): Placement | null => {
  let best: { placement: Placement; score: number } | null = null
  const contextSize = anchor.quote.prefix.length + anchor.quote.suffix.length
  for (const candidate of candidates) {
    const before = text.text.slice(
      Math.max(0, candidate.start - anchor.quote.prefix.length),
      candidate.start,
    )
    const after = text.text.slice(candidate.end, candidate.end + anchor.quote.suffix.length)
    const context =
      commonSuffix(before, anchor.quote.prefix) + commonPrefix(after, anchor.quote.suffix)
    const start = text.toPoint(candidate.start)
    const distance = Math.abs(start - anchor.position.start) / Math.max(1, text.length)
    const contextMiss = contextSize === 0 ? 0 : 1 - context / contextSize
    const score = candidate.errors * 4 + contextMiss * 2 + distance
    if (!best || score < best.score) {
      best = {
        placement: {
          position: { start, end: text.toPoint(candidate.end) },
          errors: candidate.errors,
        },
        score,
      }
    }
  }
  return best?.placement ?? null
}

const exactOccurrences = (haystack: string, needle: string) => {
  const found: Array<{ start: number; end: number; errors: number }> = []
  for (
    let at = haystack.indexOf(needle);
    at >= 0 && found.length < 1000;
    at = haystack.indexOf(needle, at + 1)
  ) {
    found.push({ start: at, end: at + needle.length, errors: 0 })
  }
  return found
}

/**
 * Finds a highlight again in a story's new text: its old position when the quote is still
 * there, else the best exact occurrence (by context, then nearness), else the best fuzzy match
 * (approx-string-match, Myers' algorithm); null when it cannot be placed (an orphan).
 */
export function reanchor(body: string, anchor: Anchor): Placement | null {
  const text = codePointText(body)
  const { exact } = anchor.quote
  if (exact.length === 0) return null
  const { start, end } = anchor.position
  if (end <= text.length && text.slice(start, end) === exact) {
    return { position: { start, end }, errors: 0 }
  }
  const exactHits = exactOccurrences(body, exact)
  if (exactHits.length > 0) return bestCandidate(text, anchor, exactHits)
  const maxErrors = maxErrorsFor(exact.length)
  if (maxErrors === 0) return null
  return bestCandidate(text, anchor, search(body, exact, maxErrors))
}
