import type { IndexTerm } from '../../text/ftsTokens'
import { CHARS_MARK, type Postings } from './segmentFormat'
import { phrasePostings, prefixPostings, type BlockSource, type LiveDocs } from './segmentPostings'

/** Stories holding every included term and no excluded one. */
export interface IndexQuery {
  include: IndexTerm[]
  exclude: IndexTerm[]
}

/** The stories a term matched, ascending, with its weighted frequency in each (for bm25). */
interface TermHits {
  docs: number[]
  frequencies: number[]
}

/** What a query matched: the stories ascending, and each term's weighted frequency there. */
export interface QueryHits {
  docs: number[]
  /** By included term, then by position in `docs`. */
  frequencies: number[][]
  /** By included term: how many stories hold it (for bm25's idf). */
  termCounts: number[]
}

// bm25's column weights, as the index's first ranking had them: a word in the headline counts
// ten times one in the text; the distinct-character column hardly ranks.
const TITLE_WEIGHT = 10
const BODY_WEIGHT = 1
const CHARS_WEIGHT = 0.1

/**
 * A one-token prefix term (a rarer character, a word's start): its terms' stories and
 * weighted frequencies summed, with no phrase to check and so no places to merge.
 */
function prefixHits(source: BlockSource, live: LiveDocs, prefix: string): TermHits {
  const frequencyOf = new Map<number, number>()
  for (const segment of live.segments) {
    for (const { docs, starts, places } of prefixPostings(source, segment, prefix)) {
      for (let index = 0; index < docs.length; index++) {
        const doc = docs[index]
        if (live.segmentOf[doc] !== segment.seg) continue
        const title = live.titleOf[doc]
        let frequency = frequencyOf.get(doc) ?? 0
        for (let at = starts[index]; at < starts[index + 1]; at++) {
          frequency += places[at] < title ? TITLE_WEIGHT : BODY_WEIGHT
        }
        frequencyOf.set(doc, frequency)
      }
    }
  }
  // (A typed array sorts numbers natively, with no comparison function to call.)
  const docs = Array.from(Int32Array.from(frequencyOf.keys()).sort())
  return { docs, frequencies: docs.map((doc) => frequencyOf.get(doc)!) }
}

/** Two lists of hits, each by story number, as one (a story is live in one segment only). */
function mergeHits(a: TermHits, b: TermHits): TermHits {
  if (a.docs.length === 0) return b
  if (b.docs.length === 0) return a
  const merged: TermHits = { docs: [], frequencies: [] }
  let left = 0
  let right = 0
  while (left < a.docs.length || right < b.docs.length) {
    if (right >= b.docs.length || (left < a.docs.length && a.docs[left] < b.docs[right])) {
      merged.docs.push(a.docs[left])
      merged.frequencies.push(a.frequencies[left++])
    } else {
      merged.docs.push(b.docs[right])
      merged.frequencies.push(b.frequencies[right++])
    }
  }
  return merged
}

/** Whether a story's places (from..to of `places`) hold `place`. */
function holds(places: Int32Array, from: number, to: number, place: number): boolean {
  let low = from
  let high = to - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const value = places[middle]
    if (value === place) return true
    if (value < place) low = middle + 1
    else high = middle - 1
  }
  return false
}

/** A phrase's live stories in one segment, added to `hits`. */
function phraseIn(
  list: Postings[],
  segment: number,
  live: LiveDocs,
  hits: TermHits,
  isChars: boolean,
): void {
  const [first, ...rest] = list
  const cursors = rest.map(() => 0)
  for (let index = 0; index < first.docs.length; index++) {
    const doc = first.docs[index]
    if (live.segmentOf[doc] !== segment) continue
    let isShared = true
    for (let next = 0; next < rest.length && isShared; next++) {
      const docs = rest[next].docs
      let cursor = cursors[next]
      while (cursor < docs.length && docs[cursor] < doc) cursor++
      cursors[next] = cursor
      isShared = cursor < docs.length && docs[cursor] === doc
    }
    if (!isShared) continue
    if (isChars) {
      hits.docs.push(doc)
      hits.frequencies.push(CHARS_WEIGHT)
      continue
    }
    let frequency = 0
    const title = live.titleOf[doc]
    for (let at = first.starts[index]; at < first.starts[index + 1]; at++) {
      const place = first.places[at]
      let isPhrase = true
      for (let next = 0; next < rest.length && isPhrase; next++) {
        const { starts, places } = rest[next]
        const cursor = cursors[next]
        isPhrase = holds(places, starts[cursor], starts[cursor + 1], place + next + 1)
      }
      if (isPhrase) frequency += place < title ? TITLE_WEIGHT : BODY_WEIGHT
    }
    if (frequency > 0) {
      hits.docs.push(doc)
      hits.frequencies.push(frequency)
    }
  }
}

/** The live stories holding a term, ascending. */
function termHits(source: BlockSource, live: LiveDocs, term: IndexTerm): TermHits {
  if (term.column === 'text' && term.isPrefix && term.tokens.length === 1) {
    return prefixHits(source, live, term.tokens[0])
  }
  let hits: TermHits = { docs: [], frequencies: [] }
  const tokens =
    term.column === 'chars' ? term.tokens.map((token) => CHARS_MARK + token) : term.tokens
  for (const segment of live.segments) {
    const list = phrasePostings(source, segment, tokens, term.isPrefix, live)
    if (list === null) continue
    // Each segment's stories come in order; segments' stories interleave (a story indexed
    // again lives in a later segment), so each segment's are merged in.
    const found: TermHits = { docs: [], frequencies: [] }
    phraseIn(list, segment.seg, live, found, term.column === 'chars')
    hits = mergeHits(hits, found)
  }
  return hits
}

/** Every live story matching the query, ascending, with what ranking needs. */
export function evaluateQuery(source: BlockSource, live: LiveDocs, query: IndexQuery): QueryHits {
  const included = query.include.map((term) => termHits(source, live, term))
  const excluded = new Set<number>()
  for (const term of query.exclude)
    for (const doc of termHits(source, live, term).docs) excluded.add(doc)
  const termCounts = included.map((hits) => hits.docs.length)
  if (included.length === 0) return { docs: [], frequencies: [], termCounts }
  if (included.length === 1 && excluded.size === 0) {
    return { docs: included[0].docs, frequencies: [included[0].frequencies], termCounts }
  }
  // Intersect, starting from the rarest term.
  const order = included.map((_, at) => at).sort((a, b) => termCounts[a] - termCounts[b])
  const cursors = included.map(() => 0)
  const docs: number[] = []
  const frequencies: number[][] = included.map(() => [])
  const rarest = included[order[0]]
  for (let index = 0; index < rarest.docs.length; index++) {
    const doc = rarest.docs[index]
    if (excluded.has(doc)) continue
    const found: number[] = []
    let isShared = true
    for (const term of order) {
      const hits = included[term]
      let cursor = cursors[term]
      while (cursor < hits.docs.length && hits.docs[cursor] < doc) cursor++
      cursors[term] = cursor
      if (cursor >= hits.docs.length || hits.docs[cursor] !== doc) {
        isShared = false
        break
      }
      found[term] = hits.frequencies[cursor]
    }
    if (!isShared) continue
    docs.push(doc)
    found.forEach((frequency, term) => frequencies[term].push(frequency))
  }
  return { docs, frequencies, termCounts }
}
