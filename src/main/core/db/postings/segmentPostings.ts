import { prefixEnd, termKey } from './bytes'
import { decodePostings, decodeWanted, entriesOf, findEntry, findInBlock } from './readBlock'
import { isCharsTerm, type Postings } from './segmentFormat'

// Reading one segment's postings of a query's tokens (evaluateQuery.ts matches them).

/** Where the index's blocks are read from (a library's tables, see searchIndexRepo). */
export interface BlockSource {
  /** The block of a segment that would hold the term of `key` (none: the segment lacks it). */
  holding(segment: number, key: Buffer): Uint8Array | undefined
  /** The first term's key of the segment's block whose first term is greatest at or before `key`. */
  floorKey(segment: number, key: Buffer): Buffer | undefined
  /** A segment's blocks whose first terms lie in [from, to) (to null: to the end), in order. */
  range(segment: number, from: Buffer, to: Buffer | null): Uint8Array[]
}

/** Which segment holds each indexed story's live postings, and the stories' lengths. */
export interface LiveDocs {
  segments: { seg: number; base: number }[]
  /** By story number: the segment of its live postings (0: not indexed). */
  segmentOf: Int32Array
  lengthOf: Int32Array
  /** By story number: its title's token count (its places below it are in the title). */
  titleOf: Int32Array
  count: number
  totalLength: number
}

const EMPTY: Postings = {
  docs: new Int32Array(0),
  starts: new Int32Array(1),
  places: new Int32Array(0),
}

/** Stories and places of several postings as one (a prefix's terms). */
function union(list: Postings[]): Postings {
  if (list.length === 0) return EMPTY
  if (list.length === 1) return list[0]
  let size = 0
  for (const postings of list) size += postings.places.length
  const keys = new Float64Array(size)
  let at = 0
  for (const { docs, starts, places } of list) {
    for (let index = 0; index < docs.length; index++) {
      for (let place = starts[index]; place < starts[index + 1]; place++) {
        keys[at++] = docs[index] * 2 ** 31 + places[place]
      }
    }
  }
  keys.sort()
  const docs: number[] = []
  const starts: number[] = []
  const places: number[] = []
  let last = -1
  for (const key of keys) {
    if (key === last) continue
    last = key
    const doc = Math.floor(key / 2 ** 31)
    if (docs.at(-1) !== doc) {
      docs.push(doc)
      starts.push(places.length)
    }
    places.push(key - doc * 2 ** 31)
  }
  starts.push(places.length)
  return {
    docs: Int32Array.from(docs),
    starts: Int32Array.from(starts),
    places: Int32Array.from(places),
  }
}

/** A token's postings in one segment (a prefix: every term it begins). */
function postingsOf(
  source: BlockSource,
  { seg: segment, base }: { seg: number; base: number },
  token: string,
  isPrefix: boolean,
): Postings {
  const key = termKey(token)
  if (!isPrefix) {
    const block = source.holding(segment, key)
    return (block && findInBlock(block, token, base)) ?? EMPTY
  }
  return union(prefixPostings(source, { seg: segment, base }, token))
}

/** The postings of every term a prefix begins, in one segment. */
export function prefixPostings(
  source: BlockSource,
  { seg: segment, base }: { seg: number; base: number },
  prefix: string,
): Postings[] {
  const key = termKey(prefix)
  const from = source.floorKey(segment, key) ?? key
  const found: Postings[] = []
  for (const block of source.range(segment, from, prefixEnd(prefix))) {
    for (const entry of entriesOf(block)) {
      if (entry.term.startsWith(prefix)) {
        found.push(decodePostings(block, entry.start, entry.end, base, isCharsTerm(entry.term)))
      }
    }
  }
  return found
}

/**
 * The postings of a phrase's tokens in one segment, in token order; null when one is missing.
 * The smallest exact token is decoded first, and the others only for its live stories (their
 * other stories' places are passed over): a common bigram beside a rare one costs a scan.
 */
export function phrasePostings(
  source: BlockSource,
  segment: { seg: number; base: number },
  tokens: string[],
  isPrefix: boolean,
  live: LiveDocs,
): Postings[] | null {
  if (tokens.length === 1 || isPrefix) {
    const list = tokens.map((token, at) =>
      postingsOf(source, segment, token, isPrefix && at === tokens.length - 1),
    )
    return list.some((postings) => postings.docs.length === 0) ? null : list
  }
  const spans: { block: Uint8Array; start: number; end: number }[] = []
  for (const token of tokens) {
    const block = source.holding(segment.seg, termKey(token))
    const entry = block && findEntry(block, token)
    if (!block || !entry) return null
    spans.push({ block, ...entry })
  }
  let smallest = 0
  spans.forEach((span, at) => {
    if (span.end - span.start < spans[smallest].end - spans[smallest].start) smallest = at
  })
  const first = spans[smallest]
  const driver = decodePostings(first.block, first.start, first.end, segment.base)
  const wanted = Array.from(driver.docs).filter((doc) => live.segmentOf[doc] === segment.seg)
  if (wanted.length === 0) return null
  return spans.map((span, at) =>
    at === smallest ? driver : decodeWanted(span.block, span.start, span.end, segment.base, wanted),
  )
}
