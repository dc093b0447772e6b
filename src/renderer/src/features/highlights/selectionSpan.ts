import type { BodyOffsets } from './bodyOffsets'

/** Where a selection sits in a story's body, in code points. */
export interface BodySpan {
  start: number
  end: number
  /** The selection's box, for placing the toolbar. */
  rect: DOMRect
}

const unitAt = (
  container: HTMLElement,
  node: Node,
  offset: number,
  paragraphStarts: number[],
): number | null => {
  const paragraph = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(
    '[data-paragraph]',
  )
  if (!paragraph || !container.contains(paragraph)) return null
  const range = document.createRange()
  range.setStart(paragraph, 0)
  range.setEnd(node, offset)
  return paragraphStarts[Number(paragraph.dataset.paragraph)] + range.toString().length
}

/**
 * The current selection as a span of the body (trimmed of white space), or null when it is
 * empty or outside the story's paragraphs. Crossing paragraphs is fine: the span covers both.
 */
export const selectionSpan = (
  container: HTMLElement,
  body: string,
  offsets: BodyOffsets,
): BodySpan | null => {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  let start = unitAt(container, range.startContainer, range.startOffset, offsets.paragraphStarts)
  let end = unitAt(container, range.endContainer, range.endOffset, offsets.paragraphStarts)
  if (start === null || end === null || end <= start) return null
  while (start < end && /\s/.test(body[start])) start++
  while (end > start && /\s/.test(body[end - 1])) end--
  if (end <= start) return null
  return {
    start: offsets.toPoint(start),
    end: offsets.toPoint(end),
    rect: range.getBoundingClientRect(),
  }
}
