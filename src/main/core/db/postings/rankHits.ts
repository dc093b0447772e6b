import type { QueryHits } from './evaluateQuery'
import type { LiveDocs } from './segmentPostings'

// bm25's parameters, as SQLite's FTS5 has them.
const K1 = 1.2
const B = 0.75

/** The matched stories best first (bm25, then by number), as FTS5's bm25() orders them. */
export function rankHits(hits: QueryHits, live: LiveDocs): number[] {
  const rows = Math.max(1, live.count)
  const average = live.totalLength / rows || 1
  const idf = hits.termCounts.map((count) => {
    const value = Math.log((rows - count + 0.5) / (count + 0.5))
    return value > 0 ? value : 1e-6
  })
  const scores = hits.docs.map((doc, at) => {
    const norm = K1 * (1 - B + (B * live.lengthOf[doc]) / average)
    let score = 0
    hits.frequencies.forEach((byDoc, term) => {
      const frequency = byDoc[at]
      score += (idf[term] * (frequency * (K1 + 1))) / (frequency + norm)
    })
    return score
  })
  return hits.docs
    .map((_, at) => at)
    .sort((a, b) => scores[b] - scores[a] || hits.docs[a] - hits.docs[b])
    .map((at) => hits.docs[at])
}
