import type { TextPositionSelector, TextQuoteSelector } from '../../../shared/annotations'
import { codePointText } from '../../../shared/text/codePoints'

/** Characters of context kept on each side of a quote: enough to tell repeats apart. */
export const CONTEXT_LENGTH = 32

/** Both W3C selectors for [start, end) code points of a story's cleaned body. */
export function describeSpan(
  body: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const text = codePointText(body)
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, Math.min(text.length, end + CONTEXT_LENGTH)),
    },
    position: { start, end },
  }
}

/** The first place `exact` occurs in the body, in code points; null when it does not. */
export function findQuote(body: string, exact: string): TextPositionSelector | null {
  const at = body.indexOf(exact)
  if (at < 0 || exact.length === 0) return null
  const text = codePointText(body)
  const start = text.toPoint(at)
  return { start, end: text.toPoint(at + exact.length) }
}
