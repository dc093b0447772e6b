import type { Story } from '../../../../shared/types'
import { matchRanges } from '../search/searchTerms'

/** One piece of text in the reader with its search matches numbered across the whole story. */
export interface MarkedBlock {
  text: string
  ranges: Array<[number, number]>
  firstMatchNumber: number
}

/** The story as the reader lays it out: headline, byline and paragraphs, with matches. */
export interface ArticleBlocks {
  title: MarkedBlock
  byline: MarkedBlock | null
  paragraphs: MarkedBlock[]
  matchCount: number
}

/** Splits the cleaned body at blank lines and numbers every match in reading order. */
export const articleBlocks = (story: Story, pattern: RegExp | null): ArticleBlocks => {
  let count = 0
  const mark = (text: string): MarkedBlock => {
    const ranges = matchRanges(text, pattern)
    const block = { text, ranges, firstMatchNumber: count }
    count += ranges.length
    return block
  }
  const title = mark(story.title)
  const byline = story.byline ? mark(story.byline) : null
  const paragraphs = story.body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map(mark)
  return { title, byline, paragraphs, matchCount: count }
}
