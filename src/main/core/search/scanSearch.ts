import type { SearchHit } from '../../../shared/types'
import type { ParsedQuery } from './parseQuery'
import type { IndexableStory, SearchOptions, SearchPage } from './types'
import { prepareQuery, testStory, verifyHit } from './verifyHit'

/**
 * Answers a query exactly by reading every story: what search does for queued stories (new or
 * changed since the index last took them) and while an index is rebuilt. The hits are the
 * index's hits, checked by the same test; title matches come first, each group in library
 * order (there is no index to score with, so every score is 0). Every story is only tested;
 * snippets and match spans are cut for the page's stories alone.
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
  const offset = options.offset ?? 0
  const end = offset + limit
  const titleFirst: IndexableStory[] = []
  const rest: IndexableStory[] = []
  let total = 0
  for (const story of typeof stories === 'function' ? stories() : stories) {
    if (options.within !== undefined && !options.within.has(story.id)) continue
    const test = testStory(story, include, exclude)
    if (!test.isMatch) continue
    total++
    // Only the stories up to the page's end are kept; the rest are only counted.
    if (test.isTitleMatch && titleFirst.length < end) titleFirst.push(story)
    else if (!test.isTitleMatch && rest.length < end) rest.push(story)
  }
  const page = titleFirst
    .map((story) => ({ story, isTitleMatch: true }))
    .concat(rest.map((story) => ({ story, isTitleMatch: false })))
    .slice(offset, end)
  const hits: SearchHit[] = []
  for (const { story, isTitleMatch } of page) {
    const hit = verifyHit(story, { score: 0, isTitleMatch }, include, exclude)
    if (hit) hits.push(hit)
  }
  return { total, hits }
}
