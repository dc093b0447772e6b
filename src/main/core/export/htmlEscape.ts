// The same markup goes into an HTML5 file and into EPUB chapters, which are XML: one escape
// that is right for both. XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF
// (a parser stops at the first one, and epubcheck fails the book); HTML calls C1 controls and
// DEL parse errors. Such characters are mojibake in a story, never text, so they are dropped.
const NOT_XML_TEXT = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

// Numeric references: the same in HTML and XML, and epubcheck notes even &amp; as a named
// entity (HTM-006) in EPUB content.
const ENTITIES: Record<string, string> = {
  '&': '&#38;',
  '<': '&#60;',
  '>': '&#62;',
  '"': '&#34;',
  "'": '&#39;',
}

/** Text without the characters XML 1.0 and HTML forbid (most controls, lone surrogates). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_TEXT, '')
}

/** Text escaped for element content and quoted attribute values of HTML5 and XHTML alike. */
export function escapeHtml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (char) => ENTITIES[char])
}

/** Escaped text with its line breaks as <br /> (a paragraph's single newlines, as the reader shows them). */
export function escapeLines(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br />')
}
