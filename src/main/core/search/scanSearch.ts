import type { SearchHit } from '../../../shared/types'
import { foldText } from '../text/foldText'
import type { ParsedQuery } from './parseQuery'
import type { IndexableStory, SearchOptions, SearchPage } from './types'
import { prepareQuery, verifyHit } from './verifyHit'

/**
 * Answers a query exactly by reading every story: what search does while the index is not
 * complete (a library being upgraded, or an index found damaged). The hits are the index's
 * hits, checked by the same test; title matches come first, each group in library order
 * (there is no index to score with, so every score is 0).
 */
export function scanSearch(
  stories: Iterable<IndexableStory> | (() => Iterable<IndexableStory>),
  query: ParsedQuery,
  options: SearchOptions = {},
): SearchPage {
  const prepared = prepareQuery(query, options)
  // Stories are read only when there is something to look for: a database iterator holds its
  // statement until it has been walked to the end.
  if (prepared === null) return { total: 0, hits: [] }
  const { include, exclude, limit } = prepared
  const end = (options.offset ?? 0) + limit
  const titleFirst: SearchHit[] = []
  const rest: SearchHit[] = []
  let total = 0
  for (const story of typeof stories === 'function' ? stories() : stories) {
    if (options.within !== undefined && !options.within.has(story.id)) continue
    const title = foldText(story.title)
    const isTitleMatch = include.every((m) => m.find(title) !== null)
    const hit = verifyHit(story, { score: 0, isTitleMatch }, include, exclude)
    if (hit === null) continue
    total++
    // Only the hits up to the page's end are kept; the rest are only counted.
    if (isTitleMatch && titleFirst.length < end) titleFirst.push(hit)
    else if (!isTitleMatch && rest.length < end) rest.push(hit)
  }
  return { total, hits: titleFirst.concat(rest).slice(options.offset ?? 0, end) }
}
