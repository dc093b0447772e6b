import lunr from 'lunr'
import type { StoryId } from '../../../shared/ids'
import type { SearchHit } from '../../../shared/types'
import { queryTokens, rankingWords } from './tokenize'
import type { ParsedQuery } from './parseQuery'
import type { SearchOptions, StoryLookup } from './types'
import { prepareQuery, verifyHit } from './verifyHit'

/** What a query needs: the lunr index, story ids by ref (base-36 ordinal) and folded titles. */
export interface IndexState {
  lunr: lunr.Index
  ids: StoryId[]
  titles: string[]
}

// Stories fetched beyond what is still missing, so a few failed verifications cost no extra lookup.
const BATCH_MARGIN = 8

interface Candidate {
  index: number
  score: number
  isTitleMatch: boolean
}

const { presence, wildcard } = lunr.Query

const queryLunr = (state: IndexState, include: string[], exclude: string[]): lunr.Index.Result[] =>
  state.lunr.query((q) => {
    for (const term of include) {
      for (const token of queryTokens(term)) {
        q.term(token.term, {
          presence: presence.REQUIRED,
          usePipeline: false,
          wildcard: token.isPrefix ? wildcard.TRAILING : wildcard.NONE,
        })
      }
      for (const word of rankingWords(term)) q.term(word, { usePipeline: false })
    }
    for (const term of exclude) {
      const tokens = queryTokens(term)
      // Only a term that is exactly one index term can be excluded by lunr (a bigram of a
      // longer term would wrongly exclude stories); the rest are excluded during verification.
      if (tokens.length !== 1 || tokens[0].term !== term) continue
      q.term(term, {
        presence: presence.PROHIBITED,
        usePipeline: false,
        wildcard: tokens[0].isPrefix ? wildcard.TRAILING : wildcard.NONE,
      })
    }
  })

/**
 * Answers a query: lunr narrows to stories holding every query token, title matches (the title
 * holds every included term) go first, then lunr's score, and candidates are verified against
 * the stored text in rank order until `limit` hits. A query with nothing to include (only
 * exclusions or filters) returns no hits rather than the whole library.
 */
export function runSearch(
  state: IndexState,
  lookup: StoryLookup,
  query: ParsedQuery,
  options: SearchOptions = {},
): SearchHit[] {
  const prepared = prepareQuery(query, options)
  if (prepared === null) return []
  const { parsed, include, exclude, limit } = prepared

  const titleFirst: Candidate[] = []
  const rest: Candidate[] = []
  for (const result of queryLunr(state, parsed.include, parsed.exclude)) {
    const index = Number.parseInt(result.ref, 36)
    if (options.within !== undefined && !options.within.has(state.ids[index])) continue
    const isTitleMatch = include.every((m) => m.find(state.titles[index]) !== null)
    ;(isTitleMatch ? titleFirst : rest).push({ index, score: result.score, isTitleMatch })
  }
  const ranked = titleFirst.concat(rest)

  const hits: SearchHit[] = []
  for (let at = 0; at < ranked.length && hits.length < limit;) {
    const batch = ranked.slice(at, at + limit - hits.length + BATCH_MARGIN)
    at += batch.length
    const stories = new Map(lookup(batch.map((c) => state.ids[c.index])).map((s) => [s.id, s]))
    for (const candidate of batch) {
      const story = stories.get(state.ids[candidate.index])
      const hit = story && verifyHit(story, candidate, include, exclude)
      if (hit) hits.push(hit)
      if (hits.length === limit) break
    }
  }
  return hits
}
