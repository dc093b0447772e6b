import type { Deadline } from '../text/deadline'
import type { SplitStory } from './types'
import type { ArticleBlock } from './articleBlocks'
import { sectionDigest } from './articleDigest'
import { articleStory } from './articleStory'
import { htmlBlocks } from './htmlBlocks'

/**
 * Splits a page too large or too deeply nested to read into a DOM (tens of thousands of
 * elements: Readability's time grows with elements times depth). Its text is read in one linear
 * pass; the same structural rules decide between a digest and one article, and one article is
 * the whole text under its first heading.
 */
export function splitLargeHtml(html: string, deadline: Deadline): SplitStory[] {
  const blocks: ArticleBlock[] = htmlBlocks(html, deadline).map((block) => ({
    level: block.level,
    text: block.text,
    linkChars: 0,
    isRow: false,
  }))
  const hasH1 = blocks.some((block) => block.level === 1)
  const digest = sectionDigest(blocks, { pageTitle: null, hasH1, deadline })
  if (digest) return digest
  const story = articleStory({ title: null, blocks })
  return story ? [story] : []
}
