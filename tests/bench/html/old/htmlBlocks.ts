import { Parser } from 'htmlparser2'
import { joinLines } from '../../../../src/main/core/text/joinLines'
import { NO_DEADLINE, type Deadline } from '../../../../src/main/core/text/deadline'
import { readHtml } from './readHtml'

/** A run of text found in HTML: a heading (h1–h6 with its level) or a paragraph. */
export interface HtmlBlock {
  level: number | null
  text: string
}

// Never text for a reader: code, styling, navigation, embedded documents and form controls.
const SKIPPED = new Set(
  'script style nav noscript template iframe object embed svg math head title button select textarea canvas video audio'.split(
    ' ',
  ),
)
const BLOCKS = new Set(
  'p br div li ul ol dl dt dd tr td th table blockquote pre section article header footer aside main figure figcaption hr address center form fieldset details summary'.split(
    ' ',
  ),
)
const HEADING = /^h([1-6])$/

/**
 * Collapses HTML whitespace; a line break between CJK characters disappears, as browsers do.
 * Split on bare line breaks (joinLines trims each line): a pattern eating the spaces around
 * them took quadratic time on a long run of spaces.
 */
const collapse = (text: string): string =>
  joinLines(text.split('\n'))
    .replace(/[ \t\f\r]+/g, ' ')
    .trim()

/**
 * Extracts plain text blocks from HTML. Only text ever comes out: tags, attributes (onerror=...),
 * comments and the content of script/style/nav and similar elements are dropped. An element
 * that is never closed drops nothing: its start tag is passed over.
 */
export function htmlBlocks(html: string, deadline: Deadline = NO_DEADLINE): HtmlBlock[] {
  const blocks: HtmlBlock[] = []
  let skipping = 0
  let level: number | null = null
  let buffer = ''
  // Inside a heading a <br> (or a stray block tag) only breaks the line of the same headline.
  const breakBlock = (): void => {
    if (level === null) flush()
    else buffer += ' '
  }
  const flush = (): void => {
    const text = collapse(buffer)
    if (text !== '') blocks.push({ level, text })
    buffer = ''
  }
  readHtml(
    html,
    {
      onopen(name) {
        if (SKIPPED.has(name)) skipping++
        else if (skipping > 0) return
        else if (HEADING.test(name)) {
          flush()
          level = Number(HEADING.exec(name)?.[1])
        } else if (BLOCKS.has(name)) breakBlock()
      },
      ontext(text) {
        if (skipping === 0) buffer += text
      },
      onclose(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1)
        else if (skipping > 0) return
        else if (HEADING.test(name)) {
          flush()
          level = null
        } else if (BLOCKS.has(name)) breakBlock()
      },
    },
    { mustClose: SKIPPED, deadline },
  )
  flush()
  return blocks
}

/** Decodes HTML entities in plain text (&amp; → &) without reading anything as a tag. */
export function decodeEntities(text: string): string {
  let decoded = ''
  const parser = new Parser({ ontext: (part) => (decoded += part) })
  parser.write(text.replace(/</g, '&lt;'))
  parser.end()
  return decoded
}
