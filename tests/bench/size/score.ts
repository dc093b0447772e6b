import type { EngineRun } from './protocol'

/** Figures for one engine over one kind of query (or all of them). */
export interface KindScore {
  queries: number
  p50: number
  p95: number
  max: number
  /** Means over queries; a query with no true match has recall 1, with no answer precision 1. */
  recall: number
  precision: number
  /** Queries whose reported total equals the number of true matches. */
  totalsRight: number
  errors: number
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** Scores one engine's run against the truth (query text → ids), per kind and overall ('all'). */
export function scoreRun(
  run: EngineRun,
  truth: Map<string, Set<string>>,
): Record<string, KindScore> {
  const groups = new Map<string, EngineRun['queries']>()
  for (const query of run.queries) {
    for (const kind of [query.query.kind, 'all']) {
      if (!groups.has(kind)) groups.set(kind, [])
      groups.get(kind)?.push(query)
    }
  }
  const scores: Record<string, KindScore> = {}
  for (const [kind, queries] of groups) {
    const times = queries.flatMap((query) => query.ms).sort((a, b) => a - b)
    let recall = 0
    let precision = 0
    let totalsRight = 0
    for (const query of queries) {
      const expected = truth.get(query.query.text) ?? new Set<string>()
      const found = new Set(query.all)
      const right = [...found].filter((id) => expected.has(id)).length
      recall += expected.size === 0 ? 1 : right / expected.size
      precision += found.size === 0 ? 1 : right / found.size
      if (!query.error && query.total === expected.size) totalsRight++
    }
    scores[kind] = {
      queries: queries.length,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times[times.length - 1] ?? NaN,
      recall: recall / queries.length,
      precision: precision / queries.length,
      totalsRight,
      errors: queries.filter((query) => query.error).length,
    }
  }
  return scores
}
