import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations'
import { codePointText } from '../../../shared/text/codePoints'
import { paragraphSpans } from '../../../shared/text/paragraphs'
import type { ExportHighlight } from './exportBundle'
import { escapeHtml, escapeLines } from './htmlEscape'

// Lays a story out as the reader does (src/renderer/.../reader/articleBlocks.ts and
// highlights/AnnotatedText.tsx, which core may not import): paragraphs split by the shared
// paragraphSpans, positions turned from code points into UTF-16 units by the shared
// codePointText, each paragraph cut at every highlight's edge and each piece wrapped in the
// topmost highlight covering it (the last in list order), so an export marks what the reader saw.

/** A highlight with a note or tags, numbered in the order its reference appears in the text. */
export interface Footnote {
  number: number
  highlight: ExportHighlight
  /** Id of the superscript reference in the text (the footnote's back link points here). */
  refId: string
  /** Id of the footnote itself (the reference points here). */
  noteId: string
}

/** A story body as markup: paragraphs with highlights marked and footnote references. */
export interface AnnotatedBody {
  /** One `<p>` element per paragraph of the body. */
  paragraphs: string[]
  footnotes: Footnote[]
  /** Orphans and highlights that fall outside every paragraph: listed after the text. */
  unplaced: ExportHighlight[]
}

/** The markup of a footnote reference (HTML and EPUB mark them differently). */
export type NoteRef = (footnote: Footnote) => string

interface Placed {
  highlight: ExportHighlight
  order: number
  /** UTF-16 units of the body. */
  start: number
  end: number
  /** The paragraph its reference goes in: the last one it covers. */
  lastParagraph: number
}

/** True when a highlight carries something a footnote can say. */
export const hasAnnotation = (highlight: ExportHighlight): boolean =>
  highlight.note.trim().length > 0 || highlight.tags.length > 0

/** The CSS class of a highlight's colour (a colour this build does not know shows as yellow). */
export const colorClass = (color: HighlightColor): string =>
  `hl hl-${HIGHLIGHT_COLORS.includes(color) ? color : 'yellow'}`

/** A `<mark>` in a highlight's colour, titled with the reader's name for it. */
export const markOf = (highlight: ExportHighlight, inner: string): string =>
  `<mark class="${colorClass(highlight.color)}" title="${escapeHtml(highlight.colorName)}">${inner}</mark>`

/**
 * Turns a story body and its highlights into escaped paragraphs (XHTML-safe) with highlights
 * marked in their colours and a numbered reference after each highlight that has a note or tags.
 * Positions are [start, end) code points of the body.
 */
export function annotatedParagraphs(
  body: string,
  highlights: readonly ExportHighlight[],
  idPrefix: string,
  noteRef: NoteRef,
): AnnotatedBody {
  const spans = paragraphSpans(body)
  const text = codePointText(body)
  const placed: Placed[] = []
  const unplaced: ExportHighlight[] = []
  highlights.forEach((highlight, order) => {
    const start = text.toUnit(highlight.position.start)
    const end = text.toUnit(highlight.position.end)
    let lastParagraph = -1
    spans.forEach((span, index) => {
      if (start < span.start + span.text.length && end > span.start) lastParagraph = index
    })
    if (highlight.isOrphan || lastParagraph < 0) unplaced.push(highlight)
    else placed.push({ highlight, order, start, end, lastParagraph })
  })
  const refEnd = (p: Placed): number => {
    const span = spans[p.lastParagraph]
    return Math.min(p.end, span.start + span.text.length) - span.start
  }
  const footnotes: Footnote[] = placed
    .filter((p) => hasAnnotation(p.highlight))
    .sort((a, b) => a.lastParagraph - b.lastParagraph || refEnd(a) - refEnd(b) || a.order - b.order)
    .map((p, index) => ({
      number: index + 1,
      highlight: p.highlight,
      refId: `${idPrefix}-ref${index + 1}`,
      noteId: `${idPrefix}-fn${index + 1}`,
    }))
  const footnoteOf = new Map(footnotes.map((note) => [note.highlight, note]))
  const paragraphs = spans.map((span, index) => {
    const inside = placed.filter(
      (p) => p.start < span.start + span.text.length && p.end > span.start,
    )
    const refs = inside
      .flatMap((p) => {
        const note = footnoteOf.get(p.highlight)
        return note && p.lastParagraph === index ? [{ at: refEnd(p), note }] : []
      })
      .sort((a, b) => a.note.number - b.note.number)
    return `<p>${markParagraph(span.text, span.start, inside, refs, noteRef)}</p>`
  })
  return { paragraphs, footnotes, unplaced }
}

/** One paragraph's text cut at every highlight edge, pieces marked, references after their ends. */
function markParagraph(
  paragraph: string,
  offset: number,
  inside: readonly Placed[],
  refs: ReadonlyArray<{ at: number; note: Footnote }>,
  noteRef: NoteRef,
): string {
  const local = inside.map((p) => ({
    highlight: p.highlight,
    start: Math.max(0, p.start - offset),
    end: Math.min(paragraph.length, p.end - offset),
  }))
  const edges = new Set([0, paragraph.length])
  for (const h of local) edges.add(h.start).add(h.end)
  const cuts = [...edges].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]]
    const piece = escapeLines(paragraph.slice(from, to))
    const covering = local.filter((h) => h.start <= from && to <= h.end)
    const top = covering[covering.length - 1]
    parts.push(top ? markOf(top.highlight, piece) : piece)
    for (const ref of refs) if (ref.at === to) parts.push(noteRef(ref.note))
  }
  return parts.join('')
}
