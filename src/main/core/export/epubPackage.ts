import { createHash } from 'node:crypto'
import type { ExportBundle } from './exportBundle'
import { escapeHtml } from './htmlEscape'

/** One XHTML content document of the book, as the package lists it. */
export interface EpubChapter {
  /** Manifest id (an XML name). */
  id: string
  /** Path relative to the package document. */
  href: string
  title: string
}

/** What the package document says about the book. */
export interface EpubMetadata {
  identifier: string
  title: string
  /** The book's languages, the main one first. */
  languages: string[]
  /** When the export was made, ISO 8601. */
  exportedAt: string
}

/** The container document pointing readers at the package (its path is fixed by OCF). */
export const CONTAINER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`

/**
 * A urn:uuid for the book derived from what it is (scope, title, highlights-only), not from
 * when it was made: exporting the same collection again gives the same identifier, so an
 * e-reader replaces its old copy instead of shelving a second one. UUID v5 layout over SHA-1.
 */
export function epubIdentifier(bundle: ExportBundle): string {
  const key = JSON.stringify(['inkstone-epub', bundle.scope, bundle.title, bundle.isHighlightsOnly])
  const bytes = createHash('sha1').update(key).digest().subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x50
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  const groups = [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ]
  return `urn:uuid:${groups.join('-')}`
}

/** EPUB's dcterms:modified wants whole seconds in UTC: CCYY-MM-DDThh:mm:ssZ. */
export const epubDate = (iso: string): string => {
  const date = new Date(iso)
  const valid = Number.isNaN(date.getTime()) ? new Date(0) : date
  return `${valid.toISOString().slice(0, 19)}Z`
}

/** The package document: metadata, every file of the book, and the reading order. */
export function contentOpf(metadata: EpubMetadata, chapters: readonly EpubChapter[]): string {
  const [lang] = metadata.languages
  const modified = epubDate(metadata.exportedAt)
  const items = chapters.map(
    (chapter) =>
      `<item id="${chapter.id}" href="${escapeHtml(chapter.href)}" media-type="application/xhtml+xml"/>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${lang}">`,
    '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:identifier id="book-id">${escapeHtml(metadata.identifier)}</dc:identifier>`,
    `<dc:title>${escapeHtml(metadata.title)}</dc:title>`,
    ...metadata.languages.map((language) => `<dc:language>${language}</dc:language>`),
    `<dc:date>${modified}</dc:date>`,
    '<dc:publisher>Inkstone</dc:publisher>',
    `<meta property="dcterms:modified">${modified}</meta>`,
    '</metadata>',
    '<manifest>',
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="css" href="style.css" media-type="text/css"/>',
    ...items,
    '</manifest>',
    '<spine>',
    '<itemref idref="nav"/>',
    ...chapters.map((chapter) => `<itemref idref="${chapter.id}"/>`),
    '</spine>',
    '</package>',
    '',
  ].join('\n')
}

/** An XHTML content document around a body's markup, with the book's stylesheet. */
export function xhtmlDocument(title: string, lang: string, body: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html>',
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">`,
    '<head>',
    '<meta charset="UTF-8"/>',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="stylesheet" type="text/css" href="style.css"/>',
    '</head>',
    body,
    '</html>',
    '',
  ].join('\n')
}
