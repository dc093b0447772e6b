import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { paragraphsOf } from '../../src/shared/text/paragraphs'
import { LIBRARY_FILE } from '../../src/main/core/library/openLibrary'
import type { IndexProgress } from '../../src/main/core/library/searchIndexStore'
import { foldText } from '../../src/main/core/text/foldText'
import {
  answers,
  expectExact,
  expectIndexHoldsStoredText,
  isComplete,
  random,
  storiesOf,
  useSearchCorpus,
} from './searchCorpus'

// Search stays exact across an upgrade, a damaged index, and every kind of write.

const corpus = useSearchCorpus()

describe('an upgraded library (version 4, before the full-text index)', () => {
  it('fills story heads, answers exactly by scanning, and answers the same once maintained', () => {
    const dir = corpus.version4OfCorpus()
    const library = corpus.openAt(dir)
    const db = new BetterSqlite3(join(dir, LIBRARY_FILE), { readonly: true })
    try {
      const docs = db
        .prepare<[], { story_id: string; head: string }>('SELECT story_id, head FROM story_docs')
        .all()
      const stories = storiesOf(library)
      expect(docs).toHaveLength(stories.length)
      for (const story of stories) {
        const head = Array.from(story.body).slice(0, 160).join('')
        expect(docs.find((doc) => doc.story_id === story.id)?.head).toBe(head)
      }
    } finally {
      db.close()
    }
    expect(isComplete(dir)).toBe(false)
    const sample = corpus.scannable.slice(0, 60)
    const stories = storiesOf(library)
    const scanned = sample.map((query) => answers(library, query, stories))
    for (const { actual, expected } of scanned) expect(actual).toEqual(expected)
    // Searching alone never builds (no host to run it in the background).
    expect(isComplete(dir)).toBe(false)

    expect(library.maintain()).toBe(true)
    expect(isComplete(dir)).toBe(true)
    expect(sample.map((query) => answers(library, query, stories).actual)).toEqual(
      scanned.map(({ actual }) => actual),
    )
    expectIndexHoldsStoredText(dir)
    expect(corpus.problems).toEqual([])
  })

  it('with a host, builds in steps between pauses and reports progress up to the end', async () => {
    const dir = corpus.version4OfCorpus()
    const tasks: Array<() => void> = []
    const progress: IndexProgress[] = []
    let pauses = 0
    const library = corpus.openAt(dir, {
      scheduleMaintenance: (task) => void tasks.push(task),
      pauseMaintenance: () => {
        pauses++
        return new Promise((resolve) => setImmediate(resolve))
      },
      onIndexProgress: (step) => void progress.push(step),
    })
    expect(tasks).toHaveLength(1)
    expectExact(library, corpus.scannable.slice(0, 10))
    tasks.shift()!()
    while (!isComplete(dir) || progress.at(-1)?.done !== progress.at(-1)?.total) {
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(pauses).toBeGreaterThan(1)
    expect(progress.length).toBeGreaterThan(2)
    const counts = progress.filter(({ total }) => total > 1)
    for (const { done, total } of counts) expect(done).toBeLessThanOrEqual(total)
    const fractions = counts.map(({ done, total }) => done / total)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    const last = progress.at(-1)!
    expect(last.done).toBe(last.total)
    expectExact(library, corpus.queries.slice(0, 60))
    expectIndexHoldsStoredText(dir)
    expect(tasks).toEqual([])
  })
})

describe('a damaged index', () => {
  it.each([
    ['every block', ''],
    ['the first block', 'LIMIT 1'],
    ['a few blocks', 'LIMIT 5 OFFSET 3'],
  ])('with random bytes over %s never breaks search, and is built again', (_, damaged) => {
    const dir = corpus.copyOfCorpus()
    const db = new BetterSqlite3(join(dir, LIBRARY_FILE))
    // Seeded bytes, not randomblob(): the same damage on every run. Every block carries a
    // check, so damage never reads as valid data.
    const next = random(7)
    const blocks = db
      .prepare<[], { seg: number; key: Buffer; size: number }>(
        `SELECT seg, key, length(data) AS size FROM search_blocks ORDER BY seg, key ${damaged}`,
      )
      .all()
    const write = db.prepare<[Buffer, number, Buffer]>(
      'UPDATE search_blocks SET data = ? WHERE seg = ? AND key = ?',
    )
    for (const { seg, key, size } of blocks) {
      write.run(Buffer.from(Array.from({ length: size }, () => Math.floor(next() * 256))), seg, key)
    }
    db.close()
    const library = corpus.openAt(dir)
    const [first] = library.listStories()
    expect(library.getStory(first.id)!.body.length).toBeGreaterThan(0)
    expectExact(library, corpus.scannable.slice(0, 100))
    expect(corpus.problems.length).toBeGreaterThan(0)
    expect(library.maintain()).toBe(true)
    expect(isComplete(dir)).toBe(true)
    expectExact(library, corpus.queries.slice(0, 60))
    expectIndexHoldsStoredText(dir)
  })
})

describe('every write is searchable at once, without maintenance', () => {
  it('corrections: a new headline, a split, a merge', () => {
    const dir = corpus.copyOfCorpus()
    const library = corpus.openAt(dir)
    const [first] = library.listStories()
    library.setTitle(first.id, '灯塔守望者 lighthouse')
    expectExact(library, [
      '灯塔守望者',
      'lighthouse',
      '守望',
      first.title,
      ...corpus.queries.slice(0, 20),
    ])
    expect(library.search('lighthouse').map((hit) => hit.id)).toEqual([first.id])

    const many = storiesOf(library).find((story) => paragraphsOf(story.body).length >= 3)!
    const { body } = library.getStory(many.id)!
    const split = library.splitStory(many.id, 1)
    expect(split).toBeDefined()
    const tail = foldText(paragraphsOf(body)[2]).slice(0, 3).trim()
    expectExact(library, [tail, ...corpus.queries.slice(20, 50)])

    // A story with a next one on its page (the split's first half has one).
    library.mergeWithNext(split.first)
    expectExact(library, corpus.queries.slice(50, 90))
    expect(corpus.problems).toEqual([])
    expectIndexHoldsStoredText(dir)
  })

  it('removing a page, and importing a changed page again', () => {
    const dir = corpus.copyOfCorpus()
    const library = corpus.openAt(dir)
    const [source] = library.listSources()
    library.removeSource(source.id)
    expectExact(library, corpus.queries.slice(0, 40))

    const page = join(corpus.pagesDir, 'page05.txt')
    const changed = join(corpus.temp.dir, 'page05.txt')
    copyFileSync(page, changed)
    library.importPaths([changed])
    expect(library.search('鑫淼')).toEqual([])
    writeFileSync(changed, '鑫淼新闻\n\n鑫淼 zebra 报道了工会的新消息。\n')
    library.importPaths([changed])
    expect(library.searchPage('鑫淼').total).toBe(1)
    expect(library.searchPage('zebra').total).toBe(1)
    expectExact(library, ['鑫淼', 'zebra', '工会', ...corpus.queries.slice(40, 80)])
    expect(corpus.problems).toEqual([])
    expectIndexHoldsStoredText(dir)
  })

  it('a write through one connection is found through another at once', () => {
    const dir = corpus.copyOfCorpus()
    const reader = corpus.openAt(dir)
    const writer = corpus.openAt(dir)
    expect(reader.searchPage('鑫淼').total).toBe(0)
    const page = join(corpus.temp.dir, 'other.txt')
    writeFileSync(page, '鑫淼新闻\n\n本报讯 鑫淼 zebra 的报道。\n')
    writer.importPaths([page])
    expect(reader.search('鑫淼').map((hit) => hit.source)).toEqual(['other.txt'])
    expect(reader.searchPage('zebra').total).toBe(1)
    const [story] = reader.search('鑫淼')
    reader.setTitle(story.id, '灯塔守望者')
    expect(writer.search('灯塔守望者').map((hit) => hit.id)).toEqual([story.id])
    expectExact(reader, ['鑫淼', '灯塔', ...corpus.queries.slice(0, 20)])
    expectExact(writer, ['鑫淼', '灯塔', ...corpus.queries.slice(0, 20)])
  })
})
