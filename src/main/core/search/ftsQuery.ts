import type { IndexQuery } from '../db/postings/evaluateQuery'
import { ftsTerm, type IndexTerm } from '../text/ftsTokens'
import type { ParsedQuery } from './parseQuery'

/** A parsed query as the index's query. */
export interface FtsQuery {
  match: IndexQuery
  /**
   * True when the index's query matches exactly the stories that hold every included term and
   * no excluded one, so counting it needs no reading of the stories' text.
   */
  isExact: boolean
}

/**
 * Compiles the text part of a parsed query (filters are answered elsewhere); null when no
 * included term has a character the index holds (punctuation only), which finds nothing.
 * Terms the index cannot express exactly narrow what it returns, and the stored text decides.
 */
export function compileFtsQuery(parsed: ParsedQuery): FtsQuery | null {
  const include = parsed.include.map(ftsTerm)
  const required = include.flatMap((term) => (term.term === null ? [] : [term.term]))
  if (required.length === 0) return null
  let isExact = include.every((term) => term.isExact)
  const excluded: IndexTerm[] = []
  for (const term of parsed.exclude.map(ftsTerm)) {
    // Only an exact term may exclude: a broader one would drop stories that qualify.
    if (term.isExact && term.term !== null) excluded.push(term.term)
    else isExact = false
  }
  return { match: { include: required, exclude: excluded }, isExact }
}
