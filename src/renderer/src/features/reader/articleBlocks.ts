import type { Story, StoryMatches } from '../../../../shared/types'
import { paragraphSpans } from '../../../../shared/text/paragraphs'

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

type Range = [number, number]

/**
 * The parts of `ranges` (offsets in a whole field) that fall inside [start, start + length),
 * moved to offsets in that piece. A range is clamped rather than trusted: the story may have
 * been edited since the search answered, until its hits are fetched again.
 */
const rangesWithin = (ranges: readonly Range[], start: number, length: number): Range[] => {
  const inside: Range[] = []
  for (const [from, to] of ranges) {
    const clipped: Range = [Math.max(from, start) - start, Math.min(to, start + length) - start]
    if (clipped[1] > clipped[0]) inside.push(clipped)
  }
  return inside
}

/**
 * Splits the cleaned body at blank lines and numbers, in reading order, the matches search
 * found (core's ranges of the stored title, byline and body; none without a search).
 */
export const articleBlocks = (story: Story, matches: StoryMatches | null): ArticleBlocks => {
  let count = 0
  const mark = (text: string, ranges: Range[]): MarkedBlock => {
    const block = { text, ranges, firstMatchNumber: count }
    count += ranges.length
    return block
  }
  const title = mark(story.title, rangesWithin(matches?.titleMatches ?? [], 0, story.title.length))
  const byline = story.byline
    ? mark(story.byline, rangesWithin(matches?.bylineMatches ?? [], 0, story.byline.length))
    : null
  const paragraphs = paragraphSpans(story.body).map(({ text, start }) =>
    mark(text, rangesWithin(matches?.bodyMatches ?? [], start, text.length)),
  )
  return { title, byline, paragraphs, matchCount: count }
}
