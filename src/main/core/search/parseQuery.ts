import { foldText } from '../text/foldText'

/** A `key:value` token (tag:, color:, has:, source:, in:, is:...) that narrows rather than matches text. */
export interface QueryFilter {
  /** Lower-cased key. */
  key: string
  /** The value as typed (case kept), without surrounding quotes. */
  value: string
  isNegated: boolean
}

/** A query split into what it must contain, must not contain, and its filters. */
export interface ParsedQuery {
  /** Folded terms (see foldText) that must all occur; quoted phrases may hold spaces. */
  include: string[]
  /** Folded terms none of which may occur. */
  exclude: string[]
  filters: QueryFilter[]
}

// Chinese input methods type “…”; width folding has already turned ＂ into ".
const CLOSING_QUOTES: Record<string, string> = { '"': '"”', '“': '”"', '”': '”"' }
const FILTER_KEY = /^[a-z]+$/

/** Splits a query into required terms, excluded terms (-word, -"phrase") and key:value filters. */
export function parseQuery(query: string): ParsedQuery {
  // Folding is length-preserving, so positions in `folded` also index the raw query.
  const folded = foldText(query)
  const include: string[] = []
  const exclude: string[] = []
  const filters: QueryFilter[] = []
  let i = 0

  const readQuoted = (): [start: number, end: number] => {
    const closers = CLOSING_QUOTES[folded[i]]
    const start = ++i
    while (i < folded.length && !closers.includes(folded[i])) i++
    const end = i
    if (i < folded.length) i++
    return [start, end]
  }

  const readBare = (): [start: number, end: number] => {
    const start = i
    while (i < folded.length && folded[i] !== ' ' && !(folded[i] in CLOSING_QUOTES)) i++
    return [start, i]
  }

  while (i < folded.length) {
    if (folded[i] === ' ') {
      i++
      continue
    }
    const isNegated = folded[i] === '-' && i + 1 < folded.length && folded[i + 1] !== ' '
    if (isNegated) i++
    let start: number
    let end: number
    if (folded[i] in CLOSING_QUOTES) {
      ;[start, end] = readQuoted()
    } else {
      ;[start, end] = readBare()
      const colon = folded.indexOf(':', start)
      const key = colon > start && colon < end ? folded.slice(start, colon) : ''
      // `https://...` stays text: a filter value never starts with a slash.
      if (FILTER_KEY.test(key) && folded[colon + 1] !== '/') {
        let valueStart = colon + 1
        let valueEnd = end
        if (valueStart === end && folded[end] in CLOSING_QUOTES) {
          ;[valueStart, valueEnd] = readQuoted()
        }
        if (valueEnd > valueStart) {
          filters.push({ key, value: query.slice(valueStart, valueEnd).trim(), isNegated })
          continue
        }
      }
    }
    const term = folded.slice(start, end).trim().replace(/ +/g, ' ')
    const target = isNegated ? exclude : include
    // A dash on its own is a typo, not a request for stories containing a dash.
    if (term !== '' && term !== '-' && !target.includes(term)) target.push(term)
  }
  return { include, exclude, filters }
}

/** `key:value` folded as parseQuery folds a quoted phrase: how an unknown filter reads as text. */
const filterAsTerm = (filter: QueryFilter): string =>
  foldText(`${filter.key}:${filter.value}`).trim().replace(/ +/g, ' ')

/**
 * The query with `filters` (keys Inkstone does not know, say `note:draft`) searched as the
 * words typed instead: each becomes a phrase to include, or to exclude when negated.
 */
export function withFiltersAsTerms(parsed: ParsedQuery, filters: QueryFilter[]): ParsedQuery {
  const include = [...parsed.include]
  const exclude = [...parsed.exclude]
  for (const filter of filters) {
    const term = filterAsTerm(filter)
    const target = filter.isNegated ? exclude : include
    if (term !== '' && !target.includes(term)) target.push(term)
  }
  return { include, exclude, filters: parsed.filters.filter((f) => !filters.includes(f)) }
}
