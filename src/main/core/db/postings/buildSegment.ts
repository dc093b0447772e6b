import type { FoldedStory } from '../searchFunctions'
import { BlockWriter } from './blockWriter'
import { ByteWriter } from './bytes'
import { commonCharTable, walkTokens, type TokenSink } from '../../text/ftsTokens'
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

// Tokens of one or two BMP code units (almost all of them: bigrams and single characters) are
// sorted as numbers, first unit times 2^16 plus the second (0 for none, which sorts a single
// character just before the bigrams it begins, as strings sort); the rest as strings.
const KEY_LIMIT = 0xffff

/** Gathers a segment's tokens (walkTokens' sink): term, story and place of each. */
class Collector implements TokenSink {
  keys: Uint32Array
  docs: Int32Array
  places: Int32Array
  count = 0
  strings: { term: string; doc: number; place: number }[] = []
  private doc = 0
  private place = 0

  constructor(capacity: number) {
    this.keys = new Uint32Array(capacity)
    this.docs = new Int32Array(capacity)
    this.places = new Int32Array(capacity)
  }

  // Which common characters the current story has shown (chars terms), by story stamp.
  private readonly common = commonCharTable()
  private readonly seen = new Uint32Array(0x10000)
  private stamp = 0

  /** Starts a story. */
  story(doc: number): void {
    this.doc = doc
    this.stamp++
  }

  /** Adds the tokens of a folded text from place `base` on; returns how many there were. */
  column(folded: string, base: number): number {
    this.place = base
    walkTokens(folded, this)
    return this.place - base
  }

  /**
   * Adds the distinct common characters of the story's folded texts (its chars terms, at
   * place 0), as ftsChars finds them; returns how many.
   */
  chars(texts: readonly string[]): number {
    const { common, seen, stamp } = this
    let count = 0
    for (const folded of texts) {
      for (let at = 0; at < folded.length; at++) {
        const code = folded.charCodeAt(at)
        if (common[code] === 0 || seen[code] === stamp) continue
        seen[code] = stamp
        this.push(CHARS_UNIT * 0x10000 + code, this.doc, 0)
        count++
      }
    }
    return count
  }

  cjk(first: number, second: number): void {
    if (first <= KEY_LIMIT && second <= KEY_LIMIT) {
      this.push(first * 0x10000 + (second < 0 ? 0 : second), this.doc, this.place++)
    } else {
      const char = String.fromCodePoint(first)
      this.text(second < 0 ? char : char + String.fromCodePoint(second))
    }
  }

  text(token: string): void {
    this.strings.push({ term: token, doc: this.doc, place: this.place++ })
  }

  private push(key: number, doc: number, place: number): void {
    if (this.count === this.keys.length) this.grow()
    const at = this.count++
    this.keys[at] = key
    this.docs[at] = doc
    this.places[at] = place
  }

  private grow(): void {
    const size = this.keys.length * 2 + 1024
    const keys = new Uint32Array(size)
    const docs = new Int32Array(size)
    const places = new Int32Array(size)
    keys.set(this.keys)
    docs.set(this.docs)
    places.set(this.places)
    this.keys = keys
    this.docs = docs
    this.places = places
  }
}

/** Entries sorted by key, stable: a radix sort on the key's two 16-bit halves. */
function sortEntries(
  keys: Uint32Array,
  docs: Int32Array,
  places: Int32Array,
  count: number,
): { keys: Uint32Array; docs: Int32Array; places: Int32Array } {
  const counts = new Int32Array(0x10001)
  // By the low half, as an order of entries.
  const order = new Int32Array(count)
  for (let at = 0; at < count; at++) counts[(keys[at] & 0xffff) + 1]++
  for (let bucket = 1; bucket <= 0x10000; bucket++) counts[bucket] += counts[bucket - 1]
  for (let at = 0; at < count; at++) order[counts[keys[at] & 0xffff]++] = at
  // By the high half, moving the entries themselves, so they are read in order afterwards.
  counts.fill(0)
  for (let at = 0; at < count; at++) counts[(keys[at] >>> 16) + 1]++
  for (let bucket = 1; bucket <= 0x10000; bucket++) counts[bucket] += counts[bucket - 1]
  const sorted = {
    keys: new Uint32Array(count),
    docs: new Int32Array(count),
    places: new Int32Array(count),
  }
  for (let at = 0; at < count; at++) {
    const entry = order[at]
    const key = keys[entry]
    const to = counts[key >>> 16]++
    sorted.keys[to] = key
    sorted.docs[to] = docs[entry]
    sorted.places[to] = places[entry]
  }
  return sorted
}

/** A term's first two code units as a key (see KEY_LIMIT). */
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
  const { count, strings } = collector
  const { keys, docs, places } = sortEntries(
    collector.keys,
    collector.docs,
    collector.places,
    count,
  )
  // Entries of one term stay in insertion order: by story, then by place.
  const others = strings
    .map((entry, at) => ({ ...entry, at }))
    .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.at - b.at))
  const writer = new BlockWriter()
  const postings = new ByteWriter()
  let at = 0
  let other = 0
  // The next string term's first two units as a key: a numeric term sorts before it when its
  // key is smaller, or equal (the string then goes on: "ab" < "abc").
  let otherKey = other < others.length ? keyOf(others[other].term) : Infinity
  while (at < count || other < others.length) {
    const key = at < count ? keys[at] : Infinity
    if (key <= otherKey) {
      let end = at + 1
      while (end < count && keys[end] === key) end++
      const isChars = key >>> 16 === CHARS_UNIT
      const docCount = encodeRun(at, end, docs, places, postings, isChars)
      writer.entryOfKey(key, docCount, postings)
      at = end
    } else {
      const otherTerm = others[other].term
      let end = other + 1
      while (end < others.length && others[end].term === otherTerm) end++
      const run = others.slice(other, end)
      const docCount = encodeRun(
        0,
        run.length,
        Int32Array.from(run, (entry) => entry.doc),
        Int32Array.from(run, (entry) => entry.place),
        postings,
        isCharsTerm(otherTerm),
      )
      writer.entry(otherTerm, docCount, postings)
      other = end
      otherKey = other < others.length ? keyOf(others[other].term) : Infinity
    }
  }
  return { blocks: writer.finish(), docs: sorted.map((story) => story.doc), lengths, titles }
}
