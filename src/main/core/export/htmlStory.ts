import { annotatedParagraphs, type Footnote, type NoteRef } from './annotatedParagraphs'
import type { ExportStory } from './exportBundle'
import { escapeHtml } from './htmlEscape'
import type { ExportLabels } from './htmlLabels'
import { noteBlock, quoteHtml, tagsHtml } from './htmlQuotes'

/** How one story is written: the same markup serves the HTML file and an EPUB chapter. */
export interface StoryMarkupOptions {
  /** Prefix of every id in the story (unique in the file). */
  idPrefix: string
  /** The story's headline level: 2 under the HTML file's title, 1 in its own EPUB chapter. */
  headingLevel: 1 | 2
  /** EPUB 3 footnotes: epub:type on the reference and on each aside. */
  isEpub: boolean
  isHighlightsOnly: boolean
  labels: ExportLabels
}

/** A story's headline, falling back to a word for "untitled" (a heading is never empty). */
export const headlineOf = (item: ExportStory, labels: ExportLabels): string =>
  item.story.title.trim() || labels.untitled

const metaRow = (label: string, value: string): string =>
  value ? `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>` : ''

function storyHeader(item: ExportStory, options: StoryMarkupOptions): string {
  const { story, source } = item
  const { labels, headingLevel: level } = options
  const byline = story.byline?.trim()
    ? `<p class="byline">${escapeHtml(story.byline.trim())}</p>`
    : ''
  const page = source?.name ?? story.sourceName
  const meta = [
    metaRow(labels.page, escapeHtml(page)),
    metaRow(labels.tags, story.tags.map((tag) => escapeHtml(`#${tag.name}`)).join(' ')),
    metaRow(labels.collections, item.collections.map(escapeHtml).join(' · ')),
  ].join('')
  return [
    '<header class="story-header">',
    `<h${level}>${escapeHtml(headlineOf(item, labels))}</h${level}>`,
    byline,
    meta ? `<dl class="story-meta">${meta}</dl>` : '',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n')
}

const section = (className: string, heading: string, level: number, inner: string): string =>
  `<section class="${className}">\n<h${level}>${escapeHtml(heading)}</h${level}>\n${inner}\n</section>`

function footnotesHtml(footnotes: readonly Footnote[], options: StoryMarkupOptions): string {
  if (footnotes.length === 0) return ''
  const epubType = options.isEpub ? ' epub:type="footnote"' : ''
  const asides = footnotes.map(
    (note) =>
      `<aside class="footnote" id="${note.noteId}"${epubType} role="doc-footnote">` +
      `<p class="footnote-number"><a href="#${note.refId}" role="doc-backlink" title="${escapeHtml(options.labels.backToText)}">${note.number}</a></p>` +
      `<div class="footnote-body">${noteBlock(note.highlight.note)}${tagsHtml(note.highlight.tags)}</div>` +
      '</aside>',
  )
  return section('footnotes', options.labels.notes, options.headingLevel + 1, asides.join('\n'))
}

/**
 * One story's markup: headline, byline, page, tags and collections, its own note, then its
 * text with highlights marked and notes as numbered footnotes (or, highlights-only, each
 * highlight as a quote with its note), and the highlights the text no longer holds.
 */
export function storyHtml(item: ExportStory, options: StoryMarkupOptions): string {
  const { labels, idPrefix, isEpub } = options
  const sub = options.headingLevel + 1
  const storyNote = noteBlock(item.note?.markdown ?? '')
  const parts = [
    storyHeader(item, options),
    storyNote ? section('story-note', labels.storyNote, sub, storyNote) : '',
  ]
  if (options.isHighlightsOnly) {
    const placed = item.highlights.filter((h) => !h.isOrphan)
    const orphans = item.highlights.filter((h) => h.isOrphan)
    parts.push(
      placed.length > 0
        ? `<div class="highlights">\n${placed.map(quoteHtml).join('\n')}\n</div>`
        : item.highlights.length === 0
          ? `<p class="empty">${escapeHtml(labels.noHighlights)}</p>`
          : '',
      orphans.length > 0
        ? section('unplaced', labels.unplaced, sub, orphans.map(quoteHtml).join('\n'))
        : '',
    )
    return parts.filter(Boolean).join('\n')
  }
  const noteRef: NoteRef = (note) =>
    `<sup class="noteref"><a href="#${note.noteId}" id="${note.refId}"${isEpub ? ' epub:type="noteref"' : ''} role="doc-noteref">${note.number}</a></sup>`
  const body = annotatedParagraphs(item.story.body, item.highlights, idPrefix, noteRef)
  parts.push(
    `<div class="story-body">\n${body.paragraphs.join('\n')}\n</div>`,
    body.unplaced.length > 0
      ? section('unplaced', labels.unplaced, sub, body.unplaced.map(quoteHtml).join('\n'))
      : '',
    footnotesHtml(body.footnotes, options),
  )
  return parts.filter(Boolean).join('\n')
}
