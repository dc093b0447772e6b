import { ftsTerm } from '../text/ftsTokens'
import type { ParsedQuery } from './parseQuery'

/** A parsed query as one FTS5 MATCH expression. */
export interface FtsQuery {
  match: string
  /**
   * True when the expression matches exactly the stories that hold every included term and
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
  const required = include.flatMap((term) => (term.expression === null ? [] : [term.expression]))
  if (required.length === 0) return null
  let isExact = include.every((term) => term.isExact)
  const excluded: string[] = []
  for (const term of parsed.exclude.map(ftsTerm)) {
    // Only an exact expression may exclude: a broader one would drop stories that qualify.
    if (term.isExact && term.expression !== null) excluded.push(term.expression)
    else isExact = false
  }
  const all = required.length === 1 ? required[0] : `(${required.join(' AND ')})`
  return {
    match: excluded.length === 0 ? all : `${all} NOT (${excluded.join(' OR ')})`,
    isExact,
  }
}
