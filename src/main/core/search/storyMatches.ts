import type { StoryMatches } from '../../../shared/types'
import type { TermMatcher } from './matchTerm'

/**
 * Most ranges one hit carries: enough to mark a long story, while a word on every line of 500
 * hits (的) cannot grow the answer without bound.
 */
export const MAX_STORY_MATCHES = 1000

/** A story's fields as search reads them: each foldText() of the stored field ('' for none). */
export interface FoldedStory {
  title: string
  byline: string
  body: string
}

type Range = [number, number]

// Overlapping ranges (工会 inside 总工会) become one; touching ones stay two marks (的的).
const mergeOverlaps = (ranges: Range[]): Range[] => {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Range[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last !== undefined && range[0] < last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

/** Every occurrence of every term in one folded field, at most `budget` of them. */
const fieldMatches = (folded: string, matchers: TermMatcher[], budget: number): Range[] => {
  if (budget <= 0 || folded === '') return []
  const ranges: Range[] = []
  for (const matcher of matchers) {
    let count = 0
    for (let found = matcher.find(folded); found !== null && count < budget; count++) {
      ranges.push(found)
      found = matcher.find(folded, found[0] + 1)
    }
  }
  return mergeOverlaps(ranges).slice(0, budget)
}

/**
 * Where the included terms occur in a story, found by the matchers that verified the hit.
 * foldText keeps every offset, so ranges in the folded fields index the stored text as is.
 */
export function storyMatches(folded: FoldedStory, include: TermMatcher[]): StoryMatches {
  const titleMatches = fieldMatches(folded.title, include, MAX_STORY_MATCHES)
  let budget = MAX_STORY_MATCHES - titleMatches.length
  const bylineMatches = fieldMatches(folded.byline, include, budget)
  budget -= bylineMatches.length
  return { titleMatches, bylineMatches, bodyMatches: fieldMatches(folded.body, include, budget) }
}

/** No matches: what a hit found by filters alone carries. */
export const noMatches = (): StoryMatches => ({
  titleMatches: [],
  bylineMatches: [],
  bodyMatches: [],
})
