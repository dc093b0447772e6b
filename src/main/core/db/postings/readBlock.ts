import { ByteReader } from './bytes'
import { isCharsTerm, type Postings } from './segmentFormat'

/** One entry of a block: its term and where its postings lie in the block. */
export interface Entry {
  term: string
  /**
   * The term's first two code units as a number (first times 2^16 plus second, 0 for none):
   * terms compare as their keys do, and only terms of equal keys need comparing as strings.
   */
  key: number
  start: number
  end: number
}

/** Compares two entries' terms (negative: a first), by key first (Entry.key). */
export const compareEntries = (a: Entry, b: Entry): number =>
  a.key - b.key || (a.term === b.term ? 0 : a.term < b.term ? -1 : 1)

/** Reads an entry's term: the units it shares with the term before, then its own. */
const readTerm = (reader: ByteReader, before: string): string => {
  const shared = reader.varint()
  const own = reader.varint()
  const bytes = reader.bytes
  let at = reader.at
  let term = shared === 0 ? '' : before.slice(0, shared)
  for (let unit = 0; unit < own; unit++, at += 2) {
    term += String.fromCharCode((bytes[at] << 8) | bytes[at + 1])
  }
  reader.at = at
  return term
}

/** The entries of a block, in term order. */
export function entriesOf(block: Uint8Array): Entry[] {
  const reader = new ByteReader(block)
  const entries: Entry[] = []
  let term = ''
  while (!reader.isDone) {
    term = readTerm(reader, term)
    const size = reader.varint()
    const key = term.charCodeAt(0) * 0x10000 + (term.length > 1 ? term.charCodeAt(1) : 0)
    entries.push({ term, key, start: reader.at, end: reader.at + size })
    reader.at += size
  }
  return entries
}

/** Where the postings of `term` lie in a block; null when it lacks it. */
export function findEntry(block: Uint8Array, term: string): { start: number; end: number } | null {
  const reader = new ByteReader(block)
  let entry = ''
  while (!reader.isDone) {
    entry = readTerm(reader, entry)
    const size = reader.varint()
    if (entry === term) return { start: reader.at, end: reader.at + size }
    if (entry > term) return null
    reader.at += size
  }
  return null
}

/** The postings of `term` in a block (story numbers plus `base`); null when it lacks it. */
export function findInBlock(block: Uint8Array, term: string, base = 0): Postings | null {
  const entry = findEntry(block, term)
  return entry && decodePostings(block, entry.start, entry.end, base, isCharsTerm(term))
}

/**
 * Decodes one entry's postings (not a chars term's) for the stories in `wanted` (ascending)
 * alone: the others' places are passed over, not read.
 */
export function decodeWanted(
  block: Uint8Array,
  start: number,
  end: number,
  base: number,
  wanted: readonly number[],
): Postings {
  const reader = new ByteReader(block, start, end)
  const docCount = reader.varint()
  const docs: number[] = []
  const starts: number[] = []
  const places: number[] = []
  let doc = base
  let next = 0
  for (let at = 0; at < docCount && next < wanted.length; at++) {
    doc += reader.varint()
    const count = reader.varint()
    while (next < wanted.length && wanted[next] < doc) next++
    if (wanted[next] !== doc) {
      reader.skip(count)
      continue
    }
    docs.push(doc)
    starts.push(places.length)
    let place = 0
    for (let left = 0; left < count; left++) places.push((place += reader.varint()))
  }
  starts.push(places.length)
  return {
    docs: Int32Array.from(docs),
    starts: Int32Array.from(starts),
    places: Int32Array.from(places),
  }
}

/**
 * Decodes one entry's postings; the segment's `base` is added to each story number. A chars
 * term's stories have no places (each gets none).
 */
export function decodePostings(
  block: Uint8Array,
  start: number,
  end: number,
  base = 0,
  isChars = false,
): Postings {
  const reader = new ByteReader(block, start, end)
  const docCount = reader.varint()
  const docs = new Int32Array(docCount)
  const starts = new Int32Array(docCount + 1)
  let places = new Int32Array(isChars ? 0 : Math.max(4, end - start))
  let placeCount = 0
  let doc = base
  for (let at = 0; at < docCount; at++) {
    doc += reader.varint()
    docs[at] = doc
    starts[at] = placeCount
    if (isChars) continue
    const count = reader.varint()
    if (placeCount + count > places.length) {
      const grown = new Int32Array((placeCount + count) * 2)
      grown.set(places)
      places = grown
    }
    let place = 0
    for (let next = 0; next < count; next++) {
      place += reader.varint()
      places[placeCount++] = place
    }
  }
  starts[docCount] = placeCount
  return { docs, starts, places: places.subarray(0, placeCount) }
}
