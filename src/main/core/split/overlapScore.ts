import { CJK } from '../../../shared/text/cjk'

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

/** Documents' terms, indexed by term: scoring a text then touches only documents sharing one. */
export interface TermIndex {
  size: number
  /** For each term, the documents holding it, in order. */
  holders: Map<string, number[]>
}

/** Indexes documents (sets of terms) for overlapScores. */
export function indexTerms(documents: Set<string>[]): TermIndex {
  const holders = new Map<string, number[]>()
  documents.forEach((document, at) => {
    for (const term of document) {
      const list = holders.get(term)
      if (list) list.push(at)
      else holders.set(term, [at])
    }
  })
  return { size: documents.length, holders }
}

/**
 * Scores short text against documents by shared rare terms (0..1 per document); documents
 * sharing none are left out. Weights are added in the text's term order for every document,
 * so scores come out the same as comparing with each document in turn.
 */
export function overlapScores(text: string, index: TermIndex): Map<number, number> {
  const wanted = [...terms(text)]
  const weights = wanted.map((term) => {
    const count = index.holders.get(term)?.length ?? 0
    return Math.log(1 + index.size / (1 + count))
  })
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const shared = new Map<number, number>()
  if (total === 0) return shared
  wanted.forEach((term, at) => {
    for (const holder of index.holders.get(term) ?? [])
      shared.set(holder, (shared.get(holder) ?? 0) + weights[at])
  })
  for (const [holder, sum] of shared) shared.set(holder, sum / total)
  return shared
}
