// What the paragraphs ahead of the walk say about the story being read: where its body is,
// whether its byline comes again, whether what follows is closed by a credit of its own.
import type { Paragraph } from '../text/buildParagraphs'
import type { Line } from '../text/readLines'
import { isSubheadLike } from './headlineShape'
import { pushAll } from './pushAll'

/** The paragraph a headline stands over, past any credit lines printed under it. */
export function nextBody(paragraphs: Paragraph[], from: number): Paragraph | undefined {
  let at = from
  while (paragraphs[at]?.role === 'credit') at++
  return paragraphs[at]
}

/** True when the same byline is printed again before the story could end (郭敬 … 郭敬). */
export function isRepeatedLater(paragraphs: Paragraph[], from: number, byline: string): boolean {
  for (let at = from; at < paragraphs.length; at++) {
    const paragraph = paragraphs[at]
    if (paragraph.role === 'heading' || paragraph.role === 'label' || paragraph.isDateline)
      return false
    const later = paragraph.credit ?? paragraph.trailing
    if (later) return later.byline === byline
  }
  return false
}

/**
 * True when the paragraphs from `from` up to the next headline, label or dateline (subheads
 * read on) are closed by a byline or credit of their own: a story printed without its headline
 * (it may be stranded elsewhere), not more of the story before them.
 */
export function hasOwnCredit(paragraphs: Paragraph[], from: number): boolean {
  for (let at = from; at < paragraphs.length; at++) {
    const paragraph = paragraphs[at]
    if (paragraph.role === 'credit' || paragraph.trailing) return true
    if (paragraph.role === 'label' || (at > from && paragraph.isDateline)) return false
    if (paragraph.role === 'heading') {
      const group: Line[] = []
      while (paragraphs[at]?.role === 'heading') pushAll(group, paragraphs[at++].lines)
      if (!isSubheadLike(group)) return false
      at--
    }
  }
  return false
}
