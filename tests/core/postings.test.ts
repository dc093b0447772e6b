import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DamagedIndexError, openBlock } from '../../src/main/core/db/postings/bytes'
import { buildSegment } from '../../src/main/core/db/postings/buildSegment'
import { evaluateQuery } from '../../src/main/core/db/postings/evaluateQuery'
import { rankHits } from '../../src/main/core/db/postings/rankHits'
import { findInBlock } from '../../src/main/core/db/postings/readBlock'
import { searchIndexStorage } from '../../src/main/core/db/searchIndexStorage'
import { SEARCH_TABLES_SQL } from '../../src/main/core/db/searchSchema'
import { foldText } from '../../src/main/core/text/foldText'
import { ftsTerm } from '../../src/main/core/text/ftsTokens'
import { random } from './searchCorpus'

// The index's own format checked against the plainest reading of the texts: a story matches a
// run of CJK characters when its text holds that run.

// Common characters (asked in the chars terms) and rarer ones (asked as prefixes), and breaks.
const ALPHABET = ['的', '工', '会', '职', '劳', '模', '鼹', '鼠', '𠮷', '，', ' ']
const LETTERS = ALPHABET.filter((char) => char !== '，' && char !== ' ')

let db: BetterSqlite3.Database
let storage: ReturnType<typeof searchIndexStorage>
beforeEach(() => {
  db = new BetterSqlite3(':memory:')
  db.exec(SEARCH_TABLES_SQL)
  storage = searchIndexStorage(db)
})
afterEach(() => db.close())

const textOf = (next: () => number, length: number): string =>
  Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('')

const storyOf = (text: string) => ({ title: '', text: foldText(text) })

/** Stories a query term matches in the index as it stands. */
const matching = (query: string): number[] => {
  const { term } = ftsTerm(foldText(query))
  return evaluateQuery(storage.source, storage.live(), { include: [term!], exclude: [] }).docs
}

/** Stories whose text holds the query, by number. */
const holding = (texts: Map<number, string>, query: string): number[] =>
  [...texts]
    .filter(([, text]) => text.includes(query))
    .map(([doc]) => doc)
    .sort((a, b) => a - b)

/** Queries: every run of one to four letters of some texts, and a few that no text holds. */
const queriesOf = (next: () => number, texts: Map<number, string>): string[] => {
  const queries = new Set<string>(LETTERS)
  for (const text of [...texts.values()].slice(0, 20)) {
    for (const run of text.split(/[， ]/)) {
      const chars = Array.from(run)
      for (let size = 2; size <= 4 && size <= chars.length; size++) {
        const at = Math.floor(next() * (chars.length - size + 1))
        queries.add(chars.slice(at, at + size).join(''))
      }
    }
  }
  queries.add('鼹鼹鼹鼹鼹')
  return [...queries]
}

const expectExact = (next: () => number, texts: Map<number, string>): void => {
  for (const query of queriesOf(next, texts)) {
    expect(matching(query), query).toEqual(holding(texts, query))
  }
}

/** Merges every segment into one, as the indexer does. */
const mergeAll = (): void => {
  const segments = storage.segments()
  expect(storage.replaceSegments(segments, storage.mergedBlocks(segments))).toBe(true)
}

describe('the index of our own', () => {
  it('finds exactly the stories holding a run, over segments, edits, deletions and merges', () => {
    const next = random(11)
    const texts = new Map<number, string>()
    // Three segments, one built before its stories had numbers (base 200).
    const write = (docs: number[], base = 0) =>
      storage.writeSegment(
        buildSegment(docs.map((doc) => ({ doc: doc - base, tokens: storyOf(texts.get(doc)!) }))),
        base,
      )
    for (let doc = 1; doc <= 120; doc++) texts.set(doc, textOf(next, 5 + Math.floor(next() * 60)))
    for (let doc = 200; doc < 260; doc++) texts.set(doc, textOf(next, 40))
    write([...texts.keys()].filter((doc) => doc <= 60))
    write([...texts.keys()].filter((doc) => doc > 60 && doc <= 120))
    write(
      [...texts.keys()].filter((doc) => doc >= 200),
      200,
    )
    expect(storage.segments()).toHaveLength(3)
    expectExact(next, texts)

    // Stories edited (indexed again in a later segment) and deleted (no longer live anywhere).
    const drop = db.prepare('DELETE FROM search_docs WHERE doc = ?')
    for (const doc of [3, 70, 71, 210]) {
      drop.run(doc)
      texts.set(doc, textOf(next, 30))
    }
    write([3, 70, 71, 210])
    for (const doc of [5, 90, 201]) {
      drop.run(doc)
      texts.delete(doc)
    }
    expectExact(next, texts)

    mergeAll()
    expect(storage.segments()).toHaveLength(1)
    expectExact(next, texts)
  })

  it('gives a merged segment the same answers, and only live stories', () => {
    const next = random(5)
    const texts = new Map<number, string>()
    for (let doc = 1; doc <= 50; doc++) texts.set(doc, textOf(next, 30))
    storage.writeSegment(
      buildSegment([...texts].map(([doc, text]) => ({ doc, tokens: storyOf(text) }))),
    )
    // Story 10 indexed again with a number smaller than the first segment's last.
    db.prepare('DELETE FROM search_docs WHERE doc = 10').run()
    texts.set(10, '鼹鼠会')
    storage.writeSegment(buildSegment([{ doc: 10, tokens: storyOf('鼹鼠会') }]))
    const queries = queriesOf(next, texts)
    const before = queries.map(matching)
    mergeAll()
    expect(queries.map(matching)).toEqual(before)
    for (const query of queries) expect(matching(query), query).toEqual(holding(texts, query))
    expect(matching('鼹鼠会')).toEqual(holding(texts, '鼹鼠会'))
    expect(db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(50)
  })

  it('leaves a merge undone when a segment it read was merged meanwhile', () => {
    storage.writeSegment(buildSegment([{ doc: 1, tokens: storyOf('工会') }]))
    storage.writeSegment(buildSegment([{ doc: 2, tokens: storyOf('职工') }]))
    const segments = storage.segments()
    const blocks = storage.mergedBlocks(segments)
    mergeAll()
    expect(storage.replaceSegments(segments, blocks)).toBe(false)
    expect(matching('工')).toEqual([1, 2])
  })

  it('ranks a story with the term in its headline first (bm25 with the headline weighed ten)', () => {
    storage.writeSegment(
      buildSegment([
        { doc: 1, tokens: { title: '', text: foldText('劳模的故事，劳模') } },
        { doc: 2, tokens: { title: foldText('劳模'), text: foldText('一个故事') } },
        { doc: 3, tokens: { title: '', text: foldText('劳模') } },
      ]),
    )
    const live = storage.live()
    const { term } = ftsTerm('劳模')
    const hits = evaluateQuery(storage.source, live, { include: [term!], exclude: [] })
    expect(hits.docs).toEqual([1, 2, 3])
    expect(rankHits(hits, live)[0]).toBe(2)
  })

  it('excludes the stories an excluded term matches', () => {
    storage.writeSegment(
      buildSegment(
        ['工会职工', '工会', '职工'].map((text, at) => ({ doc: at + 1, tokens: storyOf(text) })),
      ),
    )
    const include = [ftsTerm('工').term!]
    const exclude = [ftsTerm('职工').term!]
    expect(evaluateQuery(storage.source, storage.live(), { include, exclude }).docs).toEqual([2])
  })

  it('finds Latin words by their start, and words that touch CJK runs by their glue', () => {
    storage.writeSegment(
      buildSegment(
        ['The trade union met', 'Reunion of unions', '2020年工会'].map((text, at) => ({
          doc: at + 1,
          tokens: storyOf(text),
        })),
      ),
    )
    expect(matching('union')).toEqual([1, 2])
    expect(matching('reunion')).toEqual([2])
    expect(matching('2020年')).toEqual([3])
    expect(matching('trade union')).toEqual([1])
  })
})

describe('a damaged block', () => {
  it('fails its check instead of reading as other stories', () => {
    storage.writeSegment(buildSegment([{ doc: 1, tokens: storyOf('工会职工劳模') }]))
    const { data } = db.prepare<[], { data: Buffer }>('SELECT data FROM search_blocks').get()!
    expect(findInBlock(openBlock(data), '工会')!.docs).toEqual(Int32Array.of(1))
    for (const at of [0, Math.floor(data.length / 2), data.length - 1]) {
      const damaged = Buffer.from(data)
      damaged[at] ^= 0x5a
      expect(() => openBlock(damaged)).toThrow(DamagedIndexError)
    }
    expect(() => openBlock(Buffer.alloc(2))).toThrow(DamagedIndexError)
  })
})
