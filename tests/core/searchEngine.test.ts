import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SearchPage } from '../../src/shared/types'
import { LIBRARY_FILE } from '../../src/main/core/library/openLibrary'
import { pendingCount } from './indexContents'
import {
  answers,
  corpusPages,
  expectExact,
  expectIndexHoldsStoredText,
  random,
  storiesOf,
  useSearchCorpus,
} from './searchCorpus'

// Search against a brute-force scan of a generated corpus: the index, the queue, and paging.
// Upgrades, damage and writes are in searchEngineWrites.test.ts.

const corpus = useSearchCorpus()

describe('search is exact', () => {
  it('finds exactly the stories a brute-force scan finds, and counts them exactly', () => {
    const library = corpus.openAt(corpus.baseDir)
    const stories = storiesOf(library)
    expect(stories.length).toBeGreaterThan(250)
    let found = 0
    for (const query of corpus.queries) {
      const { actual, expected } = answers(library, query, stories)
      expect(actual).toEqual(expected)
      if (expected.total > 0) found++
    }
    // Most corpus.queries find something, and some find nothing: both sides are tested.
    expect(found).toBeGreaterThan(corpus.queries.length / 2)
    expect(found).toBeLessThan(corpus.queries.length)
    expect(corpus.problems).toEqual([])
  })

  it('holds in the index exactly the tokens of each stored story', () => {
    expectIndexHoldsStoredText(corpus.baseDir)
  })

  it('counts terms of touching Latin and CJK runs exactly, whatever separates them in the text', () => {
    const dir = join(corpus.baseDir, '..', 'touching')
    const library = corpus.openAt(dir)
    try {
      const pages = join(dir, 'pages')
      mkdirSync(pages, { recursive: true })
      const texts = [
        '2020年',
        '2020 年',
        '2020，年',
        'x2020年',
        '12020年底',
        'WE课堂',
        'we 课堂',
        'T恤衫',
      ]
      texts.forEach((text, at) => {
        writeFileSync(join(pages, `p${at}.txt`), `第${at}条简讯\n\n本报讯 今天说到${text}的事。\n`)
      })
      library.importPaths([pages])
      library.maintain()
      const touching = [
        '2020年',
        '0年',
        '20年',
        '2020 年',
        '"2020 年"',
        'we课',
        'e课',
        '课堂',
        't恤',
        '年',
      ]
      expectExact(library, touching)
      // Touching runs are told apart from runs with a space or a comma between them.
      expect(library.searchPage('2020年').total).toBeLessThan(library.searchPage('2020').total)
    } finally {
      library.close()
    }
  })

  it('pages through hits: each once, in one order, with the same total', () => {
    const library = corpus.openAt(corpus.baseDir)
    for (const query of ['工会', '的', 'union', '工', '𠮷', '会 -的']) {
      const whole = library.searchPage(query, { limit: 10_000 })
      expect(whole.total).toBeGreaterThan(14)
      const walked: SearchPage['hits'] = []
      for (let offset = 0; offset < whole.total + 7; offset += 7) {
        const page = library.searchPage(query, { limit: 7, offset })
        expect(page.total).toBe(whole.total)
        expect(page.hits.length).toBe(Math.max(0, Math.min(7, whole.total - offset)))
        walked.push(...page.hits)
      }
      expect(walked.map((hit) => hit.id)).toEqual(whole.hits.map((hit) => hit.id))
      expect(new Set(walked.map((hit) => hit.id)).size).toBe(whole.total)
    }
  })
})

describe('search while some stories wait in the queue', () => {
  it('is exact, and pages each hit once in one order with the same total', () => {
    const dir = corpus.copyOfCorpus()
    const library = corpus.openAt(dir)
    // Edited and new stories are queued; the rest answer from the index.
    const stories = library.listStories()
    for (const summary of stories.filter((_, at) => at % 9 === 0)) {
      library.setTitle(summary.id, `${summary.title}工会`)
    }
    library.importUploads([
      { name: 'late.txt', bytes: Buffer.from(corpusPages(random(99), 6).join('\n\n\n')) },
    ])
    expect(pendingCount(join(dir, LIBRARY_FILE))).toBeGreaterThan(30)
    expectExact(library, corpus.queries)
    for (const query of ['工会', '的', 'union', '工', '会 -的']) {
      const whole = library.searchPage(query, { limit: 10_000 })
      expect(whole.total).toBeGreaterThan(14)
      const walked: SearchPage['hits'] = []
      for (let offset = 0; offset < whole.total + 7; offset += 7) {
        const page = library.searchPage(query, { limit: 7, offset })
        expect({ query, offset, total: page.total }).toEqual({ query, offset, total: whole.total })
        walked.push(...page.hits)
      }
      expect(walked.map((hit) => hit.id)).toEqual(whole.hits.map((hit) => hit.id))
    }
  })
})
