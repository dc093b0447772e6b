import { marked, type Token, type Tokens } from 'marked'
import { decodeEntities } from '../split/htmlBlocks'
import { isTooNested } from '../split/isTooNested'
import { escapeHtml, escapeLines } from './htmlEscape'

// A note is the reader's Markdown, pasted from anywhere, and an export is opened in browsers
// and e-readers we do not control. The app sanitises rendered notes with DOMPurify, which needs
// a DOM that core lacks; rendering with marked and then filtering HTML with patterns is how
// sanitisers get bypassed. So notes are not rendered to HTML and cleaned: marked only lexes
// them, and this file writes markup itself from an allow-list of token kinds, each text
// escaped. Raw HTML in a note is shown as the text it is, never parsed; links keep only http(s)
// and mailto addresses; images become links to where they live (an export loads nothing);
// headings become bold paragraphs so a note cannot add entries to the book's outline. The
// output is well-formed XHTML as well as HTML5, for the EPUB's chapters.

const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i

/** A Markdown link's address, decoded as CommonMark reads it (autolinks are literal). */
const hrefOf = (token: Tokens.Link | Tokens.Image): string | null => {
  const isAutolink = token.type === 'link' && token.autolink === true
  const href = (isAutolink ? token.href : decodeEntities(token.href)).trim()
  return SAFE_HREF.test(href) ? href : null
}

const link = (href: string, inner: string): string =>
  `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${inner}</a>`

function inline(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).map(inlineToken).join('')
}

function inlineToken(token: Token): string {
  switch (token.type) {
    case 'text':
      if (token.tokens) return inline(token.tokens)
      // Autolinks' text carries no `escaped` flag and is literal; other text still holds the
      // named entities marked leaves (&amp;), which the reader meant as characters.
      return escapeLines('escaped' in token ? decodeEntities(token.text) : token.text)
    case 'escape':
      return escapeHtml(token.text)
    case 'strong':
      return `<strong>${inline(token.tokens)}</strong>`
    case 'em':
      return `<em>${inline(token.tokens)}</em>`
    case 'del':
      return `<del>${inline(token.tokens)}</del>`
    case 'codespan':
      return `<code>${escapeHtml(token.text)}</code>`
    case 'br':
      return '<br />'
    case 'checkbox':
      return token.checked ? '☑ ' : '☐ '
    case 'link': {
      const href = hrefOf(token as Tokens.Link)
      return href ? link(href, inline(token.tokens)) : inline(token.tokens)
    }
    case 'image': {
      const image = token as Tokens.Image
      const href = hrefOf(image)
      const alt = escapeHtml(decodeEntities(image.text))
      return href ? link(href, alt || escapeHtml(href)) : alt
    }
    case 'html':
      return escapeLines(token.text)
    default:
      return 'tokens' in token && token.tokens ? inline(token.tokens) : escapeLines(token.raw)
  }
}

const listItem = (item: Tokens.ListItem): string => {
  // A tight list's items hold bare text tokens, a loose one's paragraphs; a task's checkbox
  // comes first, as a token of its own.
  const inner = item.tokens.map((token) =>
    token.type === 'text' || token.type === 'checkbox' ? inlineToken(token) : block(token),
  )
  return `<li>${inner.join('')}</li>`
}

const table = (token: Tokens.Table): string => {
  const row = (cells: Tokens.TableCell[], tag: 'th' | 'td'): string =>
    `<tr>${cells.map((cell) => `<${tag}>${inline(cell.tokens)}</${tag}>`).join('')}</tr>`
  const body = token.rows.map((cells) => row(cells, 'td')).join('')
  return `<table><thead>${row(token.header, 'th')}</thead>${body ? `<tbody>${body}</tbody>` : ''}</table>`
}

function block(token: Token): string {
  switch (token.type) {
    case 'paragraph':
    case 'text':
      return `<p>${token.tokens ? inline(token.tokens) : escapeLines(decodeEntities(token.text))}</p>`
    case 'heading':
      return `<p class="note-heading"><strong>${inline(token.tokens)}</strong></p>`
    case 'blockquote':
      return `<blockquote>${(token as Tokens.Blockquote).tokens.map(block).join('')}</blockquote>`
    case 'list': {
      const list = token as Tokens.List
      const tag = list.ordered ? 'ol' : 'ul'
      const start = list.ordered && typeof list.start === 'number' && list.start !== 1
      return `<${tag}${start ? ` start="${list.start}"` : ''}>${list.items.map(listItem).join('')}</${tag}>`
    }
    case 'code':
      return `<pre><code>${escapeHtml(token.text)}</code></pre>`
    case 'table':
      return table(token as Tokens.Table)
    case 'hr':
      return '<hr />'
    case 'html':
      return `<p>${escapeLines(token.text.trim())}</p>`
    case 'space':
    case 'def':
      return ''
    default:
      return `<p>${escapeLines(token.raw.trim())}</p>`
  }
}

/** Plain paragraphs, for a note nested past what marked can lex in bounded time. */
const plainParagraphs = (markdown: string): string =>
  markdown
    .split(/\n\s*\n/)
    .filter((part) => part.trim().length > 0)
    .map((part) => `<p>${escapeLines(part.trim())}</p>`)
    .join('')

/** A note's Markdown as XHTML-safe markup from an allow-list: it runs nothing and loads nothing. */
export function noteHtml(markdown: string): string {
  if (markdown.trim().length === 0) return ''
  if (isTooNested(markdown)) return plainParagraphs(markdown)
  try {
    return marked.lexer(markdown, { gfm: true, breaks: true }).map(block).join('')
  } catch (error) {
    // Nesting the screen let through still overflowed marked's stack.
    if (error instanceof RangeError) return plainParagraphs(markdown)
    throw error
  }
}
