import type { TagRef } from '../../../shared/annotations'
import { paragraphsOf } from '../../../shared/text/paragraphs'
import { markOf } from './annotatedParagraphs'
import type { ExportHighlight } from './exportBundle'
import { escapeHtml, escapeLines } from './htmlEscape'
import { noteHtml } from './htmlNote'

/** A highlight's tags as a line of `#name` chips; empty when it has none. */
export function tagsHtml(tags: readonly TagRef[]): string {
  if (tags.length === 0) return ''
  const chips = tags.map((tag) => `<span class="tag">#${escapeHtml(tag.name)}</span>`)
  return `<p class="tags">${chips.join(' ')}</p>`
}

/** A note's markup in its own block; empty when there is no note. */
export function noteBlock(markdown: string): string {
  const html = noteHtml(markdown)
  return html ? `<div class="note">${html}</div>` : ''
}

/**
 * One highlight as a quotation in its colour, with its note and tags under it: how the
 * highlights-only export and the highlights no longer found in a story's text are written.
 */
export function quoteHtml(highlight: ExportHighlight): string {
  // A quote spanning paragraphs keeps them: one marked paragraph each, as in the text.
  const parts = paragraphsOf(highlight.quote.exact)
  const paragraphs = (parts.length > 0 ? parts : [highlight.quote.exact.trim()])
    .filter((part) => part.length > 0)
    .map((part) => `<p>${markOf(highlight, escapeLines(part))}</p>`)
  const quote =
    paragraphs.length > 0 ? `<blockquote class="quote">${paragraphs.join('')}</blockquote>` : ''
  return `<div class="annotation">${quote}${noteBlock(highlight.note)}${tagsHtml(highlight.tags)}</div>`
}
