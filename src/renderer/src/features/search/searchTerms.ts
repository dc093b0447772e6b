/**
 * The words and phrases a query looks for, as the reader should mark them: quoted phrases
 * kept whole, `-excluded` words dropped (they are absent from every hit anyway).
 */
export const searchTerms = (query: string): string[] => {
  const terms: string[] = []
  const pattern = /(-?)"([^"]*)"|(\S+)/g
  for (const match of query.matchAll(pattern)) {
    const [, negation, phrase, word] = match
    if (phrase !== undefined) {
      if (!negation && phrase.trim()) terms.push(phrase.trim())
    } else if (word && !word.startsWith('-')) {
      terms.push(word.replace(/"/g, ''))
    }
  }
  return [...new Set(terms.filter((term) => term.length > 0))]
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A case-insensitive pattern matching any term, longest first so phrases win over their parts. */
export const termsPattern = (terms: readonly string[]): RegExp | null => {
  if (terms.length === 0) return null
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp)
  return new RegExp(alternatives.join('|'), 'giu')
}

/** [start, end) ranges of every occurrence of the pattern in `text`, in order, not overlapping. */
export const matchRanges = (text: string, pattern: RegExp | null): Array<[number, number]> => {
  if (!pattern) return []
  const ranges: Array<[number, number]> = []
  for (const match of text.matchAll(pattern)) {
    if (match[0].length > 0) ranges.push([match.index, match.index + match[0].length])
  }
  return ranges
}
