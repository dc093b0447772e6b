import type { Database } from 'better-sqlite3'
import type { BuiltSegment } from './postings/buildSegment'
import type { BlockSource, LiveDocs } from './postings/segmentPostings'
import { openBlock } from './postings/bytes'
import { mergeSegments } from './postings/mergeSegments'
import type { Block } from './postings/segmentFormat'

// Blocks a merge reads from one segment at a time.
const MERGE_BATCH = 64

/** A segment's numbers: how many stories it was written with, how many still live there. */
export interface SegmentRow {
  seg: number
  base: number
  docs: number
  live: number
}

/**
 * The SQL under the search index's own format (searchSchema.ts): blocks read and written,
 * segments, and which segment holds each story's live postings, kept in memory while the
 * change counter (search_index_gen) stands.
 */
export function searchIndexStorage(db: Database) {
  const generation = db.prepare<[], number>('SELECT n FROM search_index_gen WHERE id = 1').pluck()
  const bump = db.prepare('UPDATE search_index_gen SET n = n + 1 WHERE id = 1')
  const docRows = db
    .prepare<[], [number, number, number, number]>(
      'SELECT doc, seg, length, title FROM search_docs',
    )
    .raw()
  const segmentNumbers = db.prepare<[], { seg: number; base: number }>(
    'SELECT seg, base FROM search_segments ORDER BY seg',
  )
  // The block whose terms run from at or before a key to at or after it (one seek).
  const holding = db
    .prepare<[number, Buffer, Buffer], Uint8Array>(
      `SELECT data FROM search_blocks WHERE id = (
         SELECT id FROM search_blocks WHERE seg = ? AND key <= ? ORDER BY key DESC LIMIT 1
       ) AND last >= ?`,
    )
    .pluck()
  const floorKey = db
    .prepare<[number, Buffer], Buffer>(
      'SELECT key FROM search_blocks WHERE seg = ? AND key <= ? ORDER BY key DESC LIMIT 1',
    )
    .pluck()
  const rangeTo = db
    .prepare<[number, Buffer, Buffer], Uint8Array>(
      'SELECT data FROM search_blocks WHERE seg = ? AND key >= ? AND key < ? ORDER BY key',
    )
    .pluck()
  const rangeAll = db
    .prepare<[number, Buffer], Uint8Array>(
      'SELECT data FROM search_blocks WHERE seg = ? AND key >= ? ORDER BY key',
    )
    .pluck()
  // A merge reads each segment's blocks a batch at a time, not all at once.
  const blocksAfter = db.prepare<[number, Buffer, number], { key: Buffer; data: Uint8Array }>(
    'SELECT key, data FROM search_blocks WHERE seg = ? AND key > ? ORDER BY key LIMIT ?',
  )
  const blockReader = (seg: number): (() => Uint8Array | null) => {
    let batch: { key: Buffer; data: Uint8Array }[] = []
    let at = 0
    let after: Buffer = Buffer.alloc(0)
    return () => {
      if (at === batch.length) {
        batch = blocksAfter.all(seg, after, MERGE_BATCH)
        at = 0
        if (batch.length === 0) return null
        after = batch[batch.length - 1].key
      }
      return openBlock(batch[at++].data)
    }
  }
  const insertSegment = db.prepare<[number, number]>(
    'INSERT INTO search_segments (docs, base) VALUES (?, ?)',
  )
  const insertBlock = db.prepare<[number, Buffer, Buffer, Uint8Array]>(
    'INSERT INTO search_blocks (seg, key, last, data) VALUES (?, ?, ?, ?)',
  )
  const setDoc = db.prepare<[number, number, number, number]>(
    'INSERT OR REPLACE INTO search_docs (doc, seg, length, title) VALUES (?, ?, ?, ?)',
  )
  const moveDocs = db.prepare<[number, number]>('UPDATE search_docs SET seg = ? WHERE seg = ?')
  const dropBlocks = db.prepare<[number]>('DELETE FROM search_blocks WHERE seg = ?')
  const dropSegment = db.prepare<[number]>('DELETE FROM search_segments WHERE seg = ?')
  const hasSegment = db
    .prepare<[number], number>('SELECT 1 FROM search_segments WHERE seg = ?')
    .pluck()
  const segmentRows = db.prepare<[], SegmentRow>(`
    SELECT s.seg, s.base, s.docs, (SELECT count(*) FROM search_docs d WHERE d.seg = s.seg) AS live
    FROM search_segments s ORDER BY s.seg`)
  const clear = db.prepare('DELETE FROM search_blocks')
  const clearSegments = db.prepare('DELETE FROM search_segments')
  const clearDocs = db.prepare('DELETE FROM search_docs')

  let cached: { generation: number; live: LiveDocs } | null = null

  const loadLive = (): LiveDocs => {
    const rows = docRows.all()
    let maxDoc = 0
    for (const [doc] of rows) if (doc > maxDoc) maxDoc = doc
    const segmentOf = new Int32Array(maxDoc + 1)
    const lengthOf = new Int32Array(maxDoc + 1)
    const titleOf = new Int32Array(maxDoc + 1)
    let totalLength = 0
    for (const [doc, seg, length, title] of rows) {
      segmentOf[doc] = seg
      lengthOf[doc] = length
      titleOf[doc] = title
      totalLength += length
    }
    return {
      segments: segmentNumbers.all(),
      segmentOf,
      lengthOf,
      titleOf,
      count: rows.length,
      totalLength,
    }
  }

  const writeBlocks = (seg: number, blocks: Block[]): void => {
    for (const block of blocks) insertBlock.run(seg, block.key, block.last, block.data)
  }

  const source: BlockSource = {
    holding: (seg, key) => {
      const data = holding.get(seg, key, key)
      return data === undefined ? undefined : openBlock(data)
    },
    floorKey: (seg, key) => floorKey.get(seg, key),
    range: (seg, from, to) =>
      (to === null ? rangeAll.all(seg, from) : rangeTo.all(seg, from, to)).map(openBlock),
  }

  return {
    source,
    /** Which segment holds each story's live postings (read again after any change). */
    live: (): LiveDocs => {
      const now = generation.get() ?? -1
      if (cached === null || cached.generation !== now)
        cached = { generation: now, live: loadLive() }
      return cached.live
    },
    /**
     * Stores a built segment and makes its stories live there (caller's transaction); its
     * story numbers are `base` more than it holds (a segment built before they had numbers).
     */
    writeSegment: (built: BuiltSegment, base = 0): void => {
      const seg = Number(insertSegment.run(built.docs.length, base).lastInsertRowid)
      writeBlocks(seg, built.blocks)
      built.docs.forEach((doc, at) =>
        setDoc.run(base + doc, seg, built.lengths[at], built.titles[at]),
      )
      bump.run()
    },
    segments: (): SegmentRow[] => segmentRows.all(),
    /** The blocks of one segment holding the live postings of these (a read). */
    mergedBlocks: (segments: SegmentRow[]): Block[] =>
      mergeSegments(
        segments.map(({ seg, base }) => ({ segment: seg, base, nextBlock: blockReader(seg) })),
        loadLive().segmentOf,
      ),
    /**
     * Replaces segments by their merged blocks (caller's write transaction); false when one of
     * them is gone (merged by another connection since). Stories that changed since the merge
     * read them stay right: a story no longer live in its old segment is not moved, so its
     * postings in the merged blocks are dead.
     */
    replaceSegments: (segments: SegmentRow[], blocks: Block[]): boolean => {
      if (segments.some(({ seg }) => !hasSegment.get(seg))) return false
      const docs = segments.reduce((sum, segment) => sum + segment.live, 0)
      const seg = Number(insertSegment.run(docs, 0).lastInsertRowid)
      writeBlocks(seg, blocks)
      for (const old of segments) {
        moveDocs.run(seg, old.seg)
        dropBlocks.run(old.seg)
        dropSegment.run(old.seg)
      }
      bump.run()
      return true
    },
    /** Drops a segment none of whose stories is live any more. */
    drop: (seg: number): void => {
      dropBlocks.run(seg)
      dropSegment.run(seg)
      bump.run()
    },
    /** Empties the index (caller's transaction). */
    clear: (): void => {
      clear.run()
      clearSegments.run()
      clearDocs.run()
      bump.run()
    },
  }
}
