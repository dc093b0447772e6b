// Shared so the reader lays out, marks and highlights exactly the paragraphs core splits,
// corrects and re-anchors by: a paragraph index (split here) and a paragraph's start (where a
// highlight or a search match falls) mean the same thing on both sides.

/** What separates two paragraphs of a cleaned body: a blank line, white space on it allowed. */
export const PARAGRAPH_BREAK = /\n\s*\n/

// The same break, captured, so split() keeps the separators and every start can be counted.
const CAPTURED_BREAK = new RegExp(`(${PARAGRAPH_BREAK.source})`)

/** One paragraph of a body: its text trimmed of white space, and where that text starts. */
export interface ParagraphSpan {
  /** The paragraph without leading or trailing white space. */
  text: string
  /** UTF-16 offset of the paragraph's first character in the body. */
  start: number
}

/** A body's paragraphs in reading order, with their starts; blank ones are skipped. */
export function paragraphSpans(body: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = []
  let cursor = 0
  // split() with a capturing group alternates text and separator: odd indexes are breaks.
  body.split(CAPTURED_BREAK).forEach((part, index) => {
    const text = part.trim()
    if (index % 2 === 0 && text.length > 0) {
      spans.push({ text, start: cursor + part.length - part.trimStart().length })
    }
    cursor += part.length
  })
  return spans
}

/** A story's cleaned paragraphs, in reading order. */
export const paragraphsOf = (body: string): string[] =>
  paragraphSpans(body).map((span) => span.text)
