// Markdown would read these as syntax in a story's text: CommonMark's inline punctuation plus
// Obsidian's own ($ math, # tags, ^ block ids). Backslash-escaped, they render as themselves.
const INLINE_SPECIALS = /[\\`*_[\]<$#^|~]/g

/** Line endings as Markdown files write them (a lone CR is a line end to CommonMark too). */
export function unixLines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/** One line of plain text that renders exactly as itself in CommonMark and Obsidian. */
const escapeLine = (line: string): string => {
  let out = line
    .replace(INLINE_SPECIALS, '\\$&')
    // Obsidian: ==mark== and %%comment%%; and an & that would start a character reference.
    .replace(/==/g, '\\=\\=')
    .replace(/%%/g, '\\%\\%')
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&')
  // Where a line starts, these open a block: quote, list, thematic break, setext underline.
  out = out.replace(/^([>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
  // Four leading spaces would make a code block; spaces written as references stay spaces.
  return out.replace(/^[ \t]+/, (run) => run.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
}

/** Plain text (paragraphs split by blank lines) as Markdown that renders as exactly that text. */
export function escapeMarkdown(text: string): string {
  return unixLines(text).split('\n').map(escapeLine).join('\n')
}

/** Text as a block quote, its blank lines kept inside the quote. */
export function quoteBlock(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')
}

// HTML blocks CommonMark ends only at their closing tag, not at a blank line.
const RAW_HTML = ['script', 'pre', 'style', 'textarea'] as const

/**
 * The reader's own Markdown, kept as written but unable to swallow what follows it: an
 * unclosed code fence or raw HTML block is closed, and `%%` (an Obsidian comment, which
 * would hide the rest of the file and could forge the keep-below marker) is escaped.
 */
export function containMarkdown(markdown: string): string {
  const lines = unixLines(markdown).replace(/%%/g, '\\%\\%').split('\n')
  let fence: string | null = null
  for (const line of lines) {
    const match = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (!match) continue
    if (fence === null) fence = match[1]
    else if (
      match[1][0] === fence[0] &&
      match[1].length >= fence.length &&
      !/\S/.test(line.slice(line.indexOf(match[1]) + match[1].length))
    )
      fence = null
  }
  if (fence !== null) lines.push(fence)
  let text = lines.join('\n').trimEnd()
  for (const tag of RAW_HTML) {
    const opens = text.match(new RegExp(`<${tag}[\\s>]`, 'gi'))?.length ?? 0
    const closes = text.match(new RegExp(`</${tag}>`, 'gi'))?.length ?? 0
    if (opens > closes) text += `\n</${tag}>`
  }
  return text
}

/**
 * A tag name as an Obsidian `#tag`: letters, digits, marks, `_`, `-` and `/` (nesting) only,
 * so spaces and other punctuation become `-`; an all-digit name gets a leading `_` (Obsidian
 * needs one non-digit). Null when nothing usable is left.
 */
export function obsidianTag(name: string): string | null {
  const tag = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}_/-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/^[-/]+|[-/]+$/g, '')
  if (!tag) return null
  return /^[\d/]+$/.test(tag) ? `_${tag}` : tag
}

/** An Obsidian block id (letters, digits and dashes only) for a highlight. */
export function blockId(highlightId: string): string {
  return `hl-${highlightId.replace(/[^A-Za-z0-9-]/g, '-')}`
}
