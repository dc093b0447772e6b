import type { ExportBundle, ExportHighlight } from './exportBundle'

/** Readwise's CSV import template, column for column. */
export const READWISE_COLUMNS = [
  'Highlight',
  'Title',
  'Author',
  'URL',
  'Note',
  'Location',
  'Date',
] as const

// Spreadsheet programs guess the encoding of a CSV file; a BOM makes them read UTF-8 (Chinese).
const BOM = '\uFEFF'

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or
 * edge spaces (some readers trim those), with quotes doubled.
 *
 * A field starting with = + - or @ is left as it is, not defused with a leading quote: the
 * file is for Readwise, which stores every field verbatim, so a prefix would end up inside
 * the reader's highlight or note for good. Every such field is still quoted text to a CSV
 * parser; only a spreadsheet that evaluates cells of an opened CSV would read it as a formula.
 */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** A tag as a Readwise inline tag: a dot, then one word (spaces become dashes). */
export function readwiseTag(name: string): string | null {
  const word = name.trim().replace(/\s+/g, '-').replace(/^\.+/, '')
  return word ? `.${word}` : null
}

/**
 * The note column: the highlight's tags as inline tags, then the note. Readwise turns a note
 * that starts with `.word` into tags (its inline tagging), so the tags lead.
 */
export function readwiseNote(highlight: ExportHighlight): string {
  const tags = highlight.tags.flatMap((tag) => readwiseTag(tag.name) ?? [])
  return [tags.join(' '), highlight.note].filter((part) => part !== '').join(' ')
}

/** An ISO 8601 time as Readwise's Date column takes it: `YYYY-MM-DD HH:MM:SS`, in UTC. */
export function readwiseDate(iso: string): string {
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? '' : at.toISOString().slice(0, 19).replace('T', ' ')
}

/**
 * Readwise's CSV import: a BOM, the template's header, then one row per highlight (stories in
 * export order, highlights in text order, orphans too) with CRLF line ends. Location is the
 * highlight's start in code points; URL stays empty because a page here is a file, not a web
 * address.
 */
export function toReadwiseCsv(bundle: ExportBundle): string {
  const rows: string[][] = [[...READWISE_COLUMNS]]
  for (const { story, highlights } of bundle.stories) {
    for (const highlight of highlights) {
      rows.push([
        highlight.quote.exact,
        story.title,
        story.byline ?? '',
        '',
        readwiseNote(highlight),
        String(highlight.position.start),
        readwiseDate(highlight.createdAt),
      ])
    }
  }
  return BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')
}
