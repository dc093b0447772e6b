import { isWordChar } from '../text/foldText'

/** Finds one folded query term in folded text, with the same rules the index follows. */
export interface TermMatcher {
  readonly term: string
  /** The first occurrence starting at or after `from`, as [start, end), or null. */
  find(folded: string, from?: number): [number, number] | null
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const charBefore = (text: string, index: number): string => {
  if (index <= 0) return ''
  const low = text.charCodeAt(index - 1)
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff
  return isLowSurrogate && index >= 2 ? text.slice(index - 2, index) : text[index - 1]
}

/**
 * Compiles a folded term. A term that starts with a Latin letter or digit must start a word
 * (union finds unions, not reunion), because the index holds whole words; CJK matches anywhere.
 * A space in a phrase matches any run of whitespace.
 */
export function compileTerm(term: string): TermMatcher {
  const isWordStart = isWordChar(String.fromCodePoint(term.codePointAt(0) ?? 0x20))
  const pattern = term.includes(' ')
    ? new RegExp(term.split(' ').map(escapeRegExp).join(' +'), 'g')
    : null

  const findAny = (folded: string, from: number): [number, number] | null => {
    if (pattern === null) {
      const start = folded.indexOf(term, from)
      return start < 0 ? null : [start, start + term.length]
    }
    pattern.lastIndex = from
    const match = pattern.exec(folded)
    return match === null ? null : [match.index, match.index + match[0].length]
  }

  return {
    term,
    find(folded, from = 0) {
      for (let at = from; ;) {
        const found = findAny(folded, at)
        if (found === null || !isWordStart || !isWordChar(charBefore(folded, found[0]))) {
          return found
        }
        at = found[0] + 1
      }
    },
  }
}
