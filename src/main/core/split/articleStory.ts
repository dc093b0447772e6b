import { hasCjk } from '../../../shared/text/cjk'
import type { SplitStory } from './types'
import type { ArticleBlock } from './articleBlocks'
import { readMetaLine, type MetaLine } from './articleCues'
import { trimArticle } from './articleEdges'
import { deriveTitle } from './deriveTitle'

/** What a story of a web page is made from. */
export interface StoryParts {
  /** Its headline; null to take its first heading, '' to take a title from its first sentence. */
  title: string | null
  blocks: readonly ArticleBlock[]
  /** Authors the page's metadata names: trusted first. */
  authors?: readonly string[]
  /** A byline guessed from the page's markup (Readability's): trusted last. */
  guessedByline?: string | null
  /** What the furniture around the page's headline says, outside the blocks (headlineMeta). */
  aroundHeadline?: MetaLine
}

const MAX_GUESS = 80
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f]/g

/**
 * A web page's spacing kept as written: its spaces are the author's (每帳$600 兩間衛浴, 2016 年),
 * not the artefacts of PDF extraction that normaliseSpacing mends in text files. Only invisible
 * marks go and non-breaking or typographic spaces read as one space.
 */
const tidy = (text: string): string =>
  text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim()

/**
 * Names as one byline: CJK names spaced as printed (张三 李四), others by commas, or by
 * semicolons when a name has a comma of its own (Jong, Michiel de; Kooman, F.).
 */
function joinNames(names: readonly string[]): string | null {
  const unique = [...new Set(names.map((name) => name.replace(/\s+/g, ' ').trim()))].filter(
    (name) => name !== '',
  )
  if (unique.length === 0) return null
  if (unique.every((name) => hasCjk(name) && !/\s/.test(name))) return unique.join(' ')
  return unique.join(unique.some((name) => name.includes(',')) ? '; ' : ', ')
}

/** A byline guessed from markup, without "By", dates and counters glued to it. */
function cleanGuess(guess: string | null | undefined): string[] {
  if (!guess) return []
  const text = guess.replace(/\s+/g, ' ').trim()
  const meta = readMetaLine(text)
  if (meta?.authors.length) return meta.authors
  // A line of furniture naming no writer (Last Updated: January 7, 2025) is no byline.
  if (meta && !/^by\s/i.test(text)) return []
  const name = text
    .replace(/^(?:by|par|von|por|di|door)\s+/i, '')
    .split(/\s*[|•·]\s*|\d/)[0]
    .replace(/[,;:\s]+$/, '')
  return name !== '' && name.length <= MAX_GUESS ? [name] : []
}

/**
 * Builds one story from a page's blocks: the headline (given, or the first heading), the body
 * as plain paragraphs with subheads kept in it and the furniture around it taken off, and the
 * byline: the metadata's authors, else the writers the page prints (作者, 记者, By...), else a
 * compiler (编译), else the guess; never a name printed as an editor (责任编辑). Null when
 * nothing of the body is left.
 */
export function articleStory(parts: StoryParts): SplitStory | null {
  const blocks = [...parts.blocks]
  let title = parts.title
  if (title === null && blocks[0]?.level !== null && blocks.length > 1)
    title = (blocks.shift() as ArticleBlock).text
  const trimmed = trimArticle(blocks, title)
  const paragraphs = trimmed.blocks.map((block) => tidy(block.text)).filter((text) => text !== '')
  if (paragraphs.length === 0) return null
  const around = parts.aroundHeadline
  const editors = new Set([...trimmed.meta.editors, ...(around?.editors ?? [])])
  const notEditor = (name: string): boolean => !editors.has(name)
  const byline =
    joinNames((parts.authors ?? []).filter(notEditor)) ??
    joinNames(trimmed.meta.authors) ??
    joinNames(around?.authors ?? []) ??
    // The first credit line: one under the headline, else one closing the story.
    joinNames(trimmed.credits.slice(0, 1)) ??
    joinNames([...trimmed.meta.compilers, ...(around?.compilers ?? [])]) ??
    joinNames(cleanGuess(parts.guessedByline).filter(notEditor))
  const body = paragraphs.join('\n\n')
  const headline = title ? tidy(title) : ''
  return {
    title: headline || deriveTitle(body),
    isTitleDerived: headline === '',
    byline,
    kind: paragraphs.length === 1 && trimmed.isPhotoCredited ? 'photo' : 'article',
    originalText: [...(title ? [title] : []), ...blocks.map((block) => block.text)].join('\n'),
    body,
  }
}
