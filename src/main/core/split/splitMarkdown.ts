import { marked, type Token, type Tokens } from 'marked'
import { joinLines } from '../text/joinLines'
import type { SplitStory } from './types'
import { decodeEntities, htmlBlocks } from './htmlBlocks'
import { storiesFromSections, type Section } from './storiesFromSections'
import { pushAll } from './pushAll'
import { isTooNested } from './isTooNested'
import { splitText } from './splitText'
import { NO_DEADLINE, type Deadline } from '../text/deadline'

// # and ## (ATX or setext) start a story; ### and below are subheads inside it.
const STORY_DEPTH = 2

/**
 * Plain text of inline tokens: emphasis and links keep their words, inline HTML is dropped.
 * Walked with a stack of its own: emphasis can nest as deep as the page likes.
 */
function inlineText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return decodeEntities(fallback)
  const parts: string[] = []
  const pending: Token[] = [...tokens].reverse()
  while (pending.length > 0) {
    const token = pending.pop() as Token
    if (token.type === 'html' || token.type === 'image') continue
    if (token.type === 'br') parts.push('\n')
    else if ('tokens' in token && token.tokens) {
      for (let at = token.tokens.length - 1; at >= 0; at--) pending.push(token.tokens[at])
    } else if ('text' in token) parts.push(decodeEntities(String(token.text)))
  }
  return parts.join('')
}

/** The plain-text paragraphs a block token holds (lists give one per item). */
function blockParagraphs(token: Token): string[] {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
    case 'text':
      return [joinLines(inlineText(token.tokens, token.text).split('\n'))]
    case 'code':
      return [token.text]
    case 'list':
      return (token as Tokens.List).items.flatMap((item) => item.tokens.flatMap(blockParagraphs))
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap(blockParagraphs)
    case 'table': {
      const table = token as Tokens.Table
      const rows = [table.header, ...table.rows]
      return rows.map((row) => row.map((cell) => inlineText(cell.tokens, cell.text)).join(' '))
    }
    case 'html':
      return htmlBlocks(token.text).map((block) => block.text)
    default:
      return []
  }
}

/** marked's tokens for a page, or null when the page is beyond what marked can lex safely. */
function lex(markdown: string): Token[] | null {
  if (isTooNested(markdown)) return null
  try {
    return marked.lexer(markdown)
  } catch (error) {
    // Nesting the screen let through still overflowed marked's stack.
    if (error instanceof RangeError) return null
    throw error
  }
}

/**
 * Splits a markdown document into stories at its # and ## headings (setext ones too). A page
 * nested past what marked can lex is read as plain text: its words are kept, its marks too.
 */
export function splitMarkdown(markdown: string, deadline: Deadline = NO_DEADLINE): SplitStory[] {
  deadline.check()
  const tokens = lex(markdown)
  if (tokens === null) return splitText(markdown, deadline)
  const sections: Section[] = [{ title: null, paragraphs: [], originalText: '' }]
  for (const token of tokens) {
    deadline.check()
    if (token.type === 'heading' && token.depth <= STORY_DEPTH) {
      sections.push({ title: blockParagraphs(token)[0], paragraphs: [], originalText: token.raw })
      continue
    }
    const section = sections.at(-1) as Section
    pushAll(section.paragraphs, blockParagraphs(token))
    section.originalText += token.raw
  }
  for (const section of sections) section.originalText = section.originalText.trim()
  return storiesFromSections(sections, deadline)
}
