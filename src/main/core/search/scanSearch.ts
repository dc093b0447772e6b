import type { SearchHit } from '../../../shared/types'
import { foldText } from './foldText'
import type { ParsedQuery } from './parseQuery'
import type { IndexableStory, SearchOptions } from './types'
import { prepareQuery, verifyHit } from './verifyHit'

/**
 * Answers a query exactly by reading every story: what search does while the index is not
 * current (missing, stale, damaged or being rebuilt). The hits are the index's hits, checked
 * by the same test; title matches come first, each group in library order (there is no index
 * to score with, so every score is 0).
 */
export function scanSearch(
  stories: Iterable<IndexableStory>,
  query: ParsedQuery,
  options: SearchOptions = {},
): SearchHit[] {
  const prepared = prepareQuery(query, options)
  if (prepared === null) return []
  const { include, exclude, limit } = prepared
  const titleFirst: SearchHit[] = []
  const rest: SearchHit[] = []
  for (const story of stories) {
    if (options.within !== undefined && !options.within.has(story.id)) continue
    const title = foldText(story.title)
    const isTitleMatch = include.every((m) => m.find(title) !== null)
    // Once `limit` other hits are in, only title matches can still change the answer.
    if (!isTitleMatch && rest.length >= limit) continue
    const hit = verifyHit(story, { score: 0, isTitleMatch }, include, exclude)
    if (hit) (isTitleMatch ? titleFirst : rest).push(hit)
    if (titleFirst.length >= limit) break
  }
  return titleFirst.concat(rest).slice(0, limit)
}
