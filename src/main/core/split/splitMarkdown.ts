import { marked, type Token, type Tokens } from 'marked'
import { joinLines } from '../text/joinLines'
import type { SplitStory } from './types'
import { decodeEntities, htmlBlocks } from './htmlBlocks'
import { storiesFromSections, type Section } from './storiesFromSections'

// # and ## (ATX or setext) start a story; ### and below are subheads inside it.
const STORY_DEPTH = 2

/** Plain text of inline tokens: emphasis and links keep their words, inline HTML is dropped. */
function inlineText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return decodeEntities(fallback)
  return tokens
    .map((token) => {
      if (token.type === 'html' || token.type === 'image') return ''
      if (token.type === 'br') return '\n'
      if ('tokens' in token && token.tokens) return inlineText(token.tokens, '')
      return 'text' in token ? decodeEntities(String(token.text)) : ''
    })
    .join('')
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

/** Splits a markdown document into stories at its # and ## headings (setext ones too). */
export function splitMarkdown(markdown: string): SplitStory[] {
  const sections: Section[] = [{ title: null, paragraphs: [], originalText: '' }]
  for (const token of marked.lexer(markdown)) {
    if (token.type === 'heading' && token.depth <= STORY_DEPTH) {
      sections.push({ title: blockParagraphs(token)[0], paragraphs: [], originalText: token.raw })
      continue
    }
    const section = sections.at(-1) as Section
    section.paragraphs.push(...blockParagraphs(token))
    section.originalText += token.raw
  }
  for (const section of sections) section.originalText = section.originalText.trim()
  return storiesFromSections(sections)
}
