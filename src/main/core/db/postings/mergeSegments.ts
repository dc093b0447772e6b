import { BlockWriter } from './blockWriter'
import { ByteReader, ByteWriter } from './bytes'
import { compareEntries, entriesOf, type Entry } from './readBlock'
import { isCharsTerm, type Block } from './segmentFormat'

/** A segment to merge: its number, base, and its blocks in term order, read as needed. */
export interface SegmentBlocks {
  segment: number
  base: number
  /** The next block (null after the last). */
  nextBlock: () => Uint8Array | null
}

/** Walks one segment's entries in term order. */
class Cursor {
  private entries: Entry[] = []
  private at = -1
  entry: Entry | null = null
  data: Uint8Array = new Uint8Array(0)

  /** `order`: the segment's place among those merged (its stories come in that order). */
  constructor(
    readonly source: SegmentBlocks,
    readonly order: number,
  ) {
    this.next()
  }

  /** Moves to the next entry (null at the end). */
  next(): void {
    this.at++
    while (this.at >= this.entries.length) {
      const block = this.source.nextBlock()
      if (block === null) break
      this.data = block
      this.entries = entriesOf(block)
      this.at = 0
    }
    this.entry = this.entries[this.at] ?? null
  }
}

/** Cursors by their entry's term, then by segment order. */
const compareCursors = (a: Cursor, b: Cursor): number =>
  compareEntries(a.entry!, b.entry!) || a.order - b.order

/** A min-heap of cursors by their entry's term (then segment order). */
class CursorHeap {
  private readonly items: Cursor[] = []

  get size(): number {
    return this.items.length
  }

  get top(): Cursor {
    return this.items[0]
  }

  push(cursor: Cursor): void {
    const items = this.items
    let at = items.push(cursor) - 1
    while (at > 0) {
      const parent = (at - 1) >> 1
      if (compareCursors(items[parent], cursor) <= 0) break
      items[at] = items[parent]
      at = parent
    }
    items[at] = cursor
  }

  pop(): Cursor {
    const items = this.items
    const top = items[0]
    const last = items.pop()!
    if (items.length > 0) {
      let at = 0
      for (;;) {
        let child = 2 * at + 1
        if (child >= items.length) break
        if (child + 1 < items.length && compareCursors(items[child + 1], items[child]) < 0) child++
        if (compareCursors(items[child], last) >= 0) break
        items[at] = items[child]
        at = child
      }
      items[at] = last
    }
    return top
  }
}

/** Postings being written for one term: story numbers again, the rest copied as it is. */
class MergedPostings {
  readonly out = new ByteWriter()
  last = 0
  count = 0

  reset(): void {
    this.out.length = 0
    this.last = 0
    this.count = 0
  }

  /** Appends a story (its count and places in data[from, to)); false when out of order. */
  add(doc: number, data: Uint8Array, from: number, to: number): boolean {
    if (this.count > 0 && doc <= this.last) return false
    this.out.varint(doc - this.last)
    this.out.copy(data, from, to)
    this.last = doc
    this.count++
    return true
  }
}

const reader = new ByteReader(new Uint8Array(0))

/**
 * Reads the live stories of a cursor's entry in order (a story is live in the segment that
 * `segmentOf` names for it); with `merged`, appends them and returns false if one came out of
 * order; with `spans`, collects them.
 */
function readLive(
  cursor: Cursor,
  isChars: boolean,
  segmentOf: Int32Array,
  merged: MergedPostings | null,
  spans: { doc: number; data: Uint8Array; from: number; to: number }[],
): boolean {
  const entry = cursor.entry!
  const data = cursor.data
  reader.reset(data, entry.start, entry.end)
  const { segment, base } = cursor.source
  const count = reader.varint()
  let doc = base
  for (let index = 0; index < count; index++) {
    doc += reader.varint()
    const from = reader.at
    if (!isChars) reader.skip(reader.varint())
    if (segmentOf[doc] !== segment) continue
    if (merged === null) spans.push({ doc, data, from, to: reader.at })
    else if (!merged.add(doc, data, from, reader.at)) return false
  }
  return true
}

/**
 * Merges segments into one (base 0): every term's postings of the stories still live in the
 * segment they come from (`segmentOf`, by story number), in story order; dead ones dropped.
 * Places are copied as they are: only story numbers are written again.
 */
export function mergeSegments(segments: SegmentBlocks[], segmentOf: Int32Array): Block[] {
  const heap = new CursorHeap()
  segments.forEach((segment, order) => {
    const cursor = new Cursor(segment, order)
    if (cursor.entry !== null) heap.push(cursor)
  })
  const writer = new BlockWriter()
  const merged = new MergedPostings()
  const holding: Cursor[] = []
  const spans: { doc: number; data: Uint8Array; from: number; to: number }[] = []
  while (heap.size > 0) {
    const first = heap.top.entry!
    const term = first.term
    holding.length = 0
    while (heap.size > 0 && compareEntries(heap.top.entry!, first) === 0) holding.push(heap.pop())
    // (The heap gives a term's cursors in segment order: their stories in the order given.)
    const isChars = isCharsTerm(term)
    merged.reset()
    let isOrdered = true
    for (const cursor of holding) {
      if (!readLive(cursor, isChars, segmentOf, merged, spans)) {
        isOrdered = false
        break
      }
    }
    if (!isOrdered) {
      // A story indexed again lives in a later segment with a smaller number than some before.
      spans.length = 0
      for (const cursor of holding) readLive(cursor, isChars, segmentOf, null, spans)
      spans.sort((a, b) => a.doc - b.doc)
      merged.reset()
      for (const span of spans) merged.add(span.doc, span.data, span.from, span.to)
    }
    // (A term of one or two units is written from its key; a term's units are never 0.)
    if (merged.count > 0 && term.length <= 2) {
      writer.entryOfKey(first.key, merged.count, merged.out)
    } else if (merged.count > 0) writer.entry(term, merged.count, merged.out)
    for (const cursor of holding) {
      cursor.next()
      if (cursor.entry !== null) heap.push(cursor)
    }
  }
  return writer.finish()
}
