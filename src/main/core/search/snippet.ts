import type { TermMatcher } from './matchTerm'

/** A short excerpt and where the query terms sit in it. */
export interface Snippet {
  text: string
  /** [start, end) code-unit offsets into `text`, sorted, overlaps merged. */
  matches: Array<[number, number]>
}

const LENGTH = 100
const CONTEXT_BEFORE = 30
// How far a window edge may move to avoid cutting a spaced-script word in half.
const SNAP = 15
const ELLIPSIS = '…'

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

const firstMatch = (folded: string, matchers: TermMatcher[]): [number, number] | null => {
  let first: [number, number] | null = null
  for (const matcher of matchers) {
    const found = matcher.find(folded)
    if (found !== null && (first === null || found[0] < first[0])) first = found
  }
  return first
}

const windowAround = (folded: string, match: [number, number] | null): [number, number] => {
  const [matchStart, matchEnd] = match ?? [0, 0]
  let start = Math.max(0, matchStart - CONTEXT_BEFORE)
  let end = Math.min(folded.length, Math.max(start + LENGTH, matchEnd))
  start = Math.max(0, Math.min(start, end - LENGTH))
  if (start > 0) {
    const space = folded.indexOf(' ', start)
    if (space >= 0 && space < Math.min(matchStart, start + SNAP)) start = space + 1
  }
  if (end < folded.length) {
    const space = folded.lastIndexOf(' ', end - 1)
    if (space >= Math.max(matchEnd, end - SNAP)) end = space
  }
  if (start > 0 && isLowSurrogate(folded.charCodeAt(start))) start--
  if (end < folded.length && isHighSurrogate(folded.charCodeAt(end - 1))) end++
  return [start, end]
}

const mergeRanges = (ranges: Array<[number, number]>): Array<[number, number]> => {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Array<[number, number]> = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

/**
 * An excerpt of ~100 characters around the first match of any term, with every term
 * occurrence inside it marked. `folded` is foldText(text); without a match, the text's start.
 */
export function buildSnippet(text: string, folded: string, matchers: TermMatcher[]): Snippet {
  const [start, end] = windowAround(folded, firstMatch(folded, matchers))
  const prefix = start > 0 ? ELLIPSIS : ''
  const suffix = end < text.length ? ELLIPSIS : ''
  const shift = prefix.length - start
  const ranges: Array<[number, number]> = []
  for (const matcher of matchers) {
    // Searching the whole folded text keeps the word-start rule exact at the window's edge.
    for (let found = matcher.find(folded, start); found !== null && found[1] <= end;) {
      ranges.push([found[0] + shift, found[1] + shift])
      found = matcher.find(folded, found[0] + 1)
    }
  }
  // Line and paragraph breaks become spaces one for one, so the offsets stay valid.
  const body = text.slice(start, end).replace(/\s/g, ' ')
  return { text: prefix + body + suffix, matches: mergeRanges(ranges) }
}
