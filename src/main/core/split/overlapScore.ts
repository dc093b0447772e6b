import { CJK } from '../text/chars'

const WORD = new RegExp(`[${CJK}]+|[A-Za-z]+|\\d+`, 'g')

/** Terms for comparing short text with stories: CJK bigrams, Latin words, numbers. */
export function terms(text: string): Set<string> {
  const found = new Set<string>()
  const compact = text.replace(/\s+/g, '')
  for (const [run] of compact.matchAll(WORD)) {
    if (/^[A-Za-z]+$/.test(run)) found.add(run.toLowerCase())
    else if (/^\d+$/.test(run) || run.length === 1) found.add(run)
    else for (let at = 0; at + 1 < run.length; at++) found.add(run.slice(at, at + 2))
  }
  return found
}

/** Scores short text against documents by shared rare terms (0..1 per document). */
export function overlapScores(text: string, documents: Set<string>[]): number[] {
  const wanted = [...terms(text)]
  const weight = (term: string): number => {
    const count = documents.filter((document) => document.has(term)).length
    return Math.log(1 + documents.length / (1 + count))
  }
  const weights = new Map(wanted.map((term) => [term, weight(term)]))
  const total = wanted.reduce((sum, term) => sum + (weights.get(term) as number), 0)
  return documents.map((document) => {
    if (total === 0) return 0
    const shared = wanted.filter((term) => document.has(term))
    return shared.reduce((sum, term) => sum + (weights.get(term) as number), 0) / total
  })
}
