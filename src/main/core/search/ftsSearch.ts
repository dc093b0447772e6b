import type { StoryId } from '../../../shared/ids'
import type { SearchHit } from '../../../shared/types'
import type { SearchIndexRepo } from '../db/searchIndexRepo'
import { foldedFields } from './storyCache'
import { compileFtsQuery } from './ftsQuery'
import type { ParsedQuery } from './parseQuery'
import type { SearchOptions, SearchPage, StoryLookup } from './types'
import { prepareQuery, testStory, verifyHit, type PreparedQuery } from './verifyHit'

// Up to this many matches are ranked by bm25, which scores every match (several µs each). A
// term in more stories than this (的, 工会 in a union's newsletters) is too common for its score
// to mean much: those come newest first, which SQLite answers without visiting every match.
const RANK_CAP = 400
// Stories read from the store at once while verifying.
const BATCH = 200

const noHits = (): SearchPage => ({ total: 0, hits: [] })

/** Verifies stories in the given order; hits keep that order. */
const verifyAll = (
  lookup: StoryLookup,
  ids: StoryId[],
  prepared: PreparedQuery,
  firstRank: number,
): SearchHit[] => {
  const stories = new Map(lookup(ids).map((story) => [story.id, story]))
  const hits: SearchHit[] = []
  ids.forEach((id, at) => {
    const story = stories.get(id)
    if (story === undefined) return
    const title = foldedFields(story).title
    const isTitleMatch = prepared.include.every((m) => m.find(title) !== null)
    const score = 1 / (1 + firstRank + at)
    const hit = verifyHit(story, { score, isTitleMatch }, prepared.include, prepared.exclude)
    if (hit) hits.push(hit)
  })
  return hits
}

/**
 * Answers a query from the full-text index: the exact number of matching stories and one page
 * of hits, each checked against the stored text (the one test of a hit) with its snippet.
 */
export function ftsSearch(
  index: SearchIndexRepo,
  lookup: StoryLookup,
  query: ParsedQuery,
  options: SearchOptions = {},
): SearchPage {
  const prepared = prepareQuery(query, options)
  const fts = prepared && compileFtsQuery(prepared.parsed)
  if (prepared === null || fts === null) return noHits()
  const { limit } = prepared
  const offset = options.offset ?? 0

  if (fts.isExact && options.within === undefined) {
    const total = index.count(fts.match)
    const order = total <= RANK_CAP ? index.ranked : index.newestFirst
    const ids = offset < total ? order(fts.match, limit, offset) : []
    return { total, hits: verifyAll(lookup, ids, prepared, offset) }
  }

  // Filters or terms the index cannot express exactly: every candidate is looked at.
  const total = index.count(fts.match)
  const isRanked = total <= RANK_CAP
  const within = options.within
  let candidates: StoryId[]
  if (within?.hasDoc !== undefined) {
    // The filter tests numbers: the candidates are named only once it has kept them.
    const hasDoc = within.hasDoc
    const order = isRanked ? index.rankedDocs : index.newestDocs
    const kept = order(fts.match, total, 0).filter((doc) => hasDoc(doc))
    if (fts.isExact) {
      const page = index.storyIdsOf(kept.slice(offset, offset + limit))
      return { total: kept.length, hits: verifyAll(lookup, page, prepared, offset) }
    }
    candidates = index.storyIdsOf(kept)
  } else {
    candidates = (isRanked ? index.ranked : index.newestFirst)(fts.match, total, 0)
    if (within !== undefined) candidates = candidates.filter((id) => within.has(id))
  }
  if (fts.isExact) {
    return {
      total: candidates.length,
      hits: verifyAll(lookup, candidates.slice(offset, offset + limit), prepared, offset),
    }
  }
  // Each candidate is only tested; the page's stories alone get their snippets.
  const page: StoryId[] = []
  let matched = 0
  for (let start = 0; start < candidates.length; start += BATCH) {
    const batch = candidates.slice(start, start + BATCH)
    // The store answers in its own order; the candidates' (rank) order is kept.
    const stories = new Map(lookup(batch).map((story) => [story.id, story]))
    for (const id of batch) {
      const story = stories.get(id)
      if (!story || !testStory(story, prepared.include, prepared.exclude).isMatch) continue
      if (matched >= offset && page.length < limit) page.push(story.id)
      matched++
    }
  }
  return { total: matched, hits: verifyAll(lookup, page, prepared, offset) }
}
