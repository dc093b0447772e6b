import type { FoldedStory } from '../searchFunctions'
import { BlockWriter } from './blockWriter'
import { ByteWriter } from './bytes'
import { Collector, Entries } from './segmentCollector'
import { CHARS_UNIT, isCharsTerm, type Block } from './segmentFormat'

/** A story to index: its number (story_docs.doc) and its folded texts. */
export interface DocTokens {
  doc: number
  tokens: FoldedStory
}

/** A segment ready to store: its blocks and each story's length in tokens (for ranking). */
export interface BuiltSegment {
  blocks: Block[]
  docs: number[]
  lengths: number[]
  /** Each story's count of title tokens (its title's places). */
  titles: number[]
}

/** Entries sorted by key, stable: a radix sort on the key's two 16-bit halves. */
function sortEntries(entries: Entries): Entries {
  const { keys, docs, places, count } = entries
  // Both halves counted in one pass over the keys.
  const low = new Int32Array(0x10001)
  const high = new Int32Array(0x10001)
  for (let at = 0; at < count; at++) {
    const key = keys[at]
    low[(key & 0xffff) + 1]++
    high[(key >>> 16) + 1]++
  }
  for (let bucket = 1; bucket <= 0x10000; bucket++) {
    low[bucket] += low[bucket - 1]
    high[bucket] += high[bucket - 1]
  }
  // By the low half, as an order of entries.
  const order = new Int32Array(count)
  for (let at = 0; at < count; at++) order[low[keys[at] & 0xffff]++] = at
  // By the high half, moving the entries themselves, so they are read in order afterwards.
  const sorted = new Entries(count)
  sorted.count = count
  for (let at = 0; at < count; at++) {
    const entry = order[at]
    const key = keys[entry]
    const to = high[key >>> 16]++
    sorted.keys[to] = key
    sorted.docs[to] = docs[entry]
    sorted.places[to] = places[entry]
  }
  return sorted
}

/**
 * String entries sorted by term, stable (a counting sort by the term's rank), and where each
 * rank's run starts (and one more, the end); the terms in order are terms[byRank[0]], ...
 */
function sortStrings(
  entries: Entries,
  terms: readonly string[],
): { sorted: Entries; byRank: Int32Array; starts: Int32Array } {
  const byRank = Int32Array.from(terms.keys()).sort((a, b) => (terms[a] < terms[b] ? -1 : 1))
  const rankOf = new Int32Array(terms.length)
  byRank.forEach((id, rank) => (rankOf[id] = rank))
  const starts = new Int32Array(terms.length + 1)
  const { keys, docs, places, count } = entries
  for (let at = 0; at < count; at++) starts[rankOf[keys[at]] + 1]++
  for (let rank = 1; rank <= terms.length; rank++) starts[rank] += starts[rank - 1]
  const next = starts.slice()
  const sorted = new Entries(count)
  sorted.count = count
  for (let at = 0; at < count; at++) {
    const to = next[rankOf[keys[at]]]++
    sorted.docs[to] = docs[at]
    sorted.places[to] = places[at]
  }
  return { sorted, byRank, starts }
}

/** A term's first two code units as a key (as segmentCollector.ts keys the numeric terms). */
const keyOf = (term: string): number =>
  term.charCodeAt(0) * 0x10000 + (term.length > 1 ? term.charCodeAt(1) : 0)

/** Encodes the postings of entries [from, to) of one term (by story, then place). */
// (A chars term has no places.)
function encodeRun(
  from: number,
  to: number,
  docs: Int32Array,
  places: Int32Array,
  out: ByteWriter,
  isChars: boolean,
): number {
  out.length = 0
  let lastDoc = 0
  let docCount = 0
  let at = from
  while (at < to) {
    const doc = docs[at]
    let end = at + 1
    while (end < to && docs[end] === doc) end++
    out.varint(doc - lastDoc)
    if (!isChars) {
      out.varint(end - at)
      let lastPlace = 0
      for (let next = at; next < end; next++) {
        const place = places[next]
        out.varint(place - lastPlace)
        lastPlace = place
      }
    }
    lastDoc = doc
    docCount++
    at = end
  }
  return docCount
}

/** Indexes stories as one segment (their numbers need not be in order). */
export function buildSegment(stories: readonly DocTokens[]): BuiltSegment {
  const sorted = [...stories].sort((a, b) => a.doc - b.doc)
  let capacity = 0
  for (const { tokens } of sorted) capacity += tokens.title.length + tokens.text.length
  // About one token a character, and a chars term for some of them.
  const collector = new Collector(Math.ceil(capacity * 1.2) + 16)
  const lengths: number[] = []
  const titles: number[] = []
  for (const { doc, tokens } of sorted) {
    collector.story(doc)
    const title = collector.column(tokens.title, 0)
    const body = collector.column(tokens.text, title + 1)
    lengths.push(title + body + collector.chars([tokens.title, tokens.text]))
    titles.push(title)
  }
  const { terms } = collector
  const { keys, docs, places, count } = sortEntries(collector.numeric)
  // Entries of one term stay in insertion order: by story, then by place.
  const strings = sortStrings(collector.strings, terms)
  const { byRank, starts } = strings
  const writer = new BlockWriter()
  const postings = new ByteWriter()
  let at = 0
  let rank = 0
  // The next string term's first two units as a key: a numeric term sorts before it when its
  // key is smaller, or equal (the string then goes on: "ab" < "abc").
  const keyOfRank = (next: number): number =>
    next < terms.length ? keyOf(terms[byRank[next]]) : Infinity
  let otherKey = keyOfRank(rank)
  while (at < count || rank < terms.length) {
    const key = at < count ? keys[at] : Infinity
    if (key <= otherKey) {
      let end = at + 1
      while (end < count && keys[end] === key) end++
      const isChars = key >>> 16 === CHARS_UNIT
      const docCount = encodeRun(at, end, docs, places, postings, isChars)
      writer.entryOfKey(key, docCount, postings)
      at = end
    } else {
      const term = terms[byRank[rank]]
      const { docs: termDocs, places: termPlaces } = strings.sorted
      const end = starts[rank + 1]
      const docCount = encodeRun(
        starts[rank],
        end,
        termDocs,
        termPlaces,
        postings,
        isCharsTerm(term),
      )
      writer.entry(term, docCount, postings)
      otherKey = keyOfRank(++rank)
    }
  }
  return { blocks: writer.finish(), docs: sorted.map((story) => story.doc), lengths, titles }
}
