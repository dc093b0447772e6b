import { readCredit, readTrailingCredit } from '../text/bylineCues'
import { visualWidth } from '../text/chars'
import { isDateline } from '../text/headingCues'
import type { ArticleBlock } from './articleBlocks'
import { readEndCredit, readMetaLine, readSentenceCredit } from './articleCues'

/** The part of a page under one heading (h1–h3), or before the first one. */
export interface HeadedSection {
  heading: ArticleBlock | null
  blocks: ArticleBlock[]
}

/** Headings of these levels start a section; smaller ones are subheads inside it. */
const SECTION_LEVEL = 3

/** Cuts a page's blocks at its h1–h3 headings. */
export function sectionsOf(blocks: readonly ArticleBlock[]): HeadedSection[] {
  const sections: HeadedSection[] = [{ heading: null, blocks: [] }]
  for (const block of blocks) {
    if (block.level !== null && block.level <= SECTION_LEVEL)
      sections.push({ heading: block, blocks: [] })
    else (sections.at(-1) as HeadedSection).blocks.push(block)
  }
  return sections
}

/** How much prose the blocks hold: visual width of the text outside links, headings left out. */
export function substance(blocks: readonly ArticleBlock[]): number {
  let width = 0
  for (const block of blocks) {
    if (block.level !== null) continue
    const text = block.text.replace(/\s+/g, '')
    if (text === '') continue
    width += visualWidth(block.text) * Math.max(0, 1 - block.linkChars / text.length)
  }
  return width
}

/**
 * True when a section opens as a story does: with a dateline (本报讯, LONDON —) or a byline
 * line. A credit closing a section under a subhead closes the story above it instead.
 */
export function opensStory(blocks: readonly ArticleBlock[]): boolean {
  const first = blocks.find((block) => block.level === null && !block.isRow)
  if (!first) return false
  return (
    isDateline(first.text) ||
    readCredit(first.text) !== null ||
    (readMetaLine(first.text)?.authors.length ?? 0) > 0
  )
}

/** True when a credit closes the blocks: a byline line, or a credit after the last sentence. */
export function closesStory(blocks: readonly ArticleBlock[]): boolean {
  const body = blocks.filter((block) => block.level === null && !block.isRow)
  const last = body.at(-1)?.text
  if (last === undefined) return false
  return (
    readCredit(last) !== null ||
    (readMetaLine(last)?.authors.length ?? 0) > 0 ||
    readTrailingCredit(last) !== null ||
    readEndCredit(last) !== null ||
    readSentenceCredit(last) !== null
  )
}

/**
 * True when a section says it is a story of its own: it opens with a dateline (本报讯, 新华社
 * 北京3月1日电, LONDON —) or a byline line, or a credit closes it (By Jane Doe, （李四）, 记者
 * 张三, a credit after the last sentence).
 */
export function hasStoryCue(blocks: readonly ArticleBlock[]): boolean {
  return opensStory(blocks) || closesStory(blocks)
}

// A teaser's summary: a sentence or three (visual width: 200 Han characters, ~400 Latin letters).
const TEASER_PROSE = 200

/**
 * True for a teaser of a piece printed elsewhere (a front page, a "more stories" list): its
 * heading (or a kicker's headline under it) is a link to the piece and a short summary is all
 * it holds. A newsletter's stories
 * are printed in full under headings of their own.
 */
export function isTeaser(section: HeadedSection): boolean {
  const headings = [section.heading, ...section.blocks].filter((block) => block?.level != null)
  const isLinked = headings.some((block) => {
    const letters = (block as ArticleBlock).text.replace(/\s+/g, '').length
    return letters > 0 && (block as ArticleBlock).linkChars >= 0.5 * letters
  })
  return isLinked && substance(section.blocks) < TEASER_PROSE
}
