import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { paragraphsOf } from '../../src/shared/text/paragraphs'
import type { SearchPage } from '../../src/shared/types'
import {
  LIBRARY_FILE,
  openLibrary,
  type LibraryDeps,
} from '../../src/main/core/library/openLibrary'
import type { IndexProgress } from '../../src/main/core/library/searchIndexStore'
import type { Library } from '../../src/main/core/library/types'
import { parseQuery } from '../../src/main/core/search/parseQuery'
import { foldText } from '../../src/main/core/text/foldText'
import { bruteSearch, type StoryText } from './bruteSearch'
import { indexContents, pendingCount } from './indexContents'
import { copyAsVersion4 } from './oldLibrary'
import { tempDir } from './tempDir'

// A seeded generator, so a failure can be replayed.
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
}

// A small alphabet, so that bigrams repeat across stories and one-character queries hit many.
const HAN = Array.from('工会职总市困难帮扶劳模的一年𠮷𠀀')
const WORDS = ['union', 'Unions', 'reunion', 'trade', 'run', 'running', 'café', 'COVID', 'ａｂｃ']
const NUMBERS = ['2020', '19', '12', 'covid19', '1+10+N']
const PUNCTUATION = ['，', '。', '、', '“', '”', '：', '-', '!', '（', '）']

/** Generated page text, from which the splitter cuts its stories. */
const corpusPages = (next: () => number, count: number): string[] => {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  const phrase = (): string => {
    const parts: string[] = []
    const length = 3 + Math.floor(next() * 20)
    for (let at = 0; at < length; at++) {
      const roll = next()
      if (roll < 0.6) parts.push(pick(HAN))
      else if (roll < 0.72) parts.push(` ${pick(WORDS)} `)
      else if (roll < 0.8) parts.push(pick(NUMBERS))
      else if (roll < 0.95) parts.push(pick(PUNCTUATION))
      else parts.push(next() < 0.5 ? '\n' : ' ')
    }
    return parts.join('')
  }
  const story = (): string[] => {
    const title = Array.from({ length: 2 + Math.floor(next() * 6) }, () => pick(HAN)).join('')
    const paragraphs = Array.from({ length: 1 + Math.floor(next() * 4) }, () => `${phrase()}。`)
    return [title, ...paragraphs]
  }
  // One story appears on several pages word for word: equal scores must still page cleanly.
  const twin = story()
  return Array.from({ length: count }, (_, page) => {
    const stories = Array.from({ length: 2 + Math.floor(next() * 5) }, story)
    if (page % 10 === 3) stories.push(twin)
    return stories.map((lines) => lines.join('\n\n')).join('\n\n\n')
  })
}

/** Queries of every shape the grammar has, drawn from the stories' own text and beyond it. */
const corpusQueries = (next: () => number, stories: StoryText[], count: number): string[] => {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  const substring = (): string => {
    const story = pick(stories)
    const text = Array.from(next() < 0.2 ? story.title : story.body)
    const start = Math.floor(next() * text.length)
    const piece = text.slice(start, start + 1 + Math.floor(next() * 4)).join('')
    return piece.replace(/["“”\s]/g, '') || pick(HAN)
  }
  const miss = (): string =>
    next() < 0.5
      ? Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(HAN)).join('')
      : pick(['鑫淼', '灯塔', 'zebra', '9999'])
  const prefix = (): string => {
    const word = pick([...WORDS, ...NUMBERS])
    return word.slice(0, 1 + Math.floor(next() * word.length))
  }
  const term = (): string => {
    const roll = next()
    return roll < 0.55 ? substring() : roll < 0.75 ? prefix() : roll < 0.9 ? miss() : pick(HAN)
  }
  const phrase = (): string => {
    const roll = next()
    if (roll < 0.5) return `"${pick(WORDS)} ${pick([...HAN, ...WORDS])}"`
    // Words side by side in some story, quoted as typed (Chinese quotes too).
    const body = Array.from(pick(stories).body)
    const at = body.indexOf(' ', Math.floor(next() * body.length))
    const around = at < 0 ? body.slice(0, 6) : body.slice(Math.max(0, at - 3), at + 4)
    const inside = around
      .join('')
      .replace(/["“”\n]/g, ' ')
      .trim()
    return roll < 0.8 ? `"${inside}"` : `“${inside}”`
  }
  return Array.from({ length: count }, () => {
    const roll = next()
    if (roll < 0.4) return term()
    if (roll < 0.6) return `${term()} ${term()}`
    if (roll < 0.75) return phrase()
    if (roll < 0.9) return `${term()} -${term()}`
    return `${term()} -"${pick(WORDS)} ${pick(WORDS)}" -${pick(HAN)}`
  })
}

const storiesOf = (library: Library): StoryText[] =>
  library.listStories().map((summary) => library.getStory(summary.id)!)

/** What the library answers, next to the brute-force answer: equal when search is exact. */
const answers = (library: Library, query: string, stories = storiesOf(library)) => {
  const page = library.searchPage(query, { limit: 10_000 })
  const expected = bruteSearch(stories, query)
  return {
    actual: { query, total: page.total, ids: page.hits.map((hit) => hit.id).sort() },
    expected: { query, total: expected.length, ids: expected },
  }
}

const expectExact = (library: Library, queries: string[]): void => {
  const stories = storiesOf(library)
  for (const query of queries) {
    const { actual, expected } = answers(library, query, stories)
    expect(actual).toEqual(expected)
  }
}

const isComplete = (dir: string): boolean => pendingCount(join(dir, LIBRARY_FILE)) === 0

const expectIndexHoldsStoredText = (dir: string): void => {
  const { indexed, expected } = indexContents(join(dir, LIBRARY_FILE))
  expect(Object.keys(expected).length).toBeGreaterThan(0)
  expect(indexed).toEqual(expected)
}

let temp: ReturnType<typeof tempDir>
let baseDir: string
let pagesDir: string
let queries: string[]
// Queries with a word or character to look for (see the test of punctuation while scanning).
let scannable: string[]
const open: Library[] = []
const problems: string[] = []
const log = (message: string) => void problems.push(message)

const openAt = (dir: string, deps: LibraryDeps = {}): Library => {
  const library = openLibrary(dir, { log, ...deps })
  open.push(library)
  return library
}

let copies = 0
/** A library folder holding a copy of the generated corpus library (closed). */
const copyOfCorpus = (): string => {
  const dir = join(temp.dir, `copy${++copies}`)
  mkdirSync(dir)
  copyFileSync(join(baseDir, LIBRARY_FILE), join(dir, LIBRARY_FILE))
  return dir
}

/** A library folder holding the corpus at schema version 4, as an upgrade finds it. */
const version4OfCorpus = (): string => {
  const dir = join(temp.dir, `v4-${++copies}`)
  mkdirSync(dir)
  copyAsVersion4(join(baseDir, LIBRARY_FILE), join(dir, LIBRARY_FILE))
  return dir
}

beforeAll(() => {
  temp = tempDir('engine')
  baseDir = join(temp.dir, 'base')
  pagesDir = join(temp.dir, 'pages')
  mkdirSync(pagesDir)
  corpusPages(random(20260), 160).forEach((text, page) =>
    writeFileSync(join(pagesDir, `page${String(page).padStart(2, '0')}.txt`), text),
  )
  const library = openLibrary(baseDir, { log })
  library.importPaths([pagesDir])
  // Indexed, so that the index answers; the queue is tested by the writes further down.
  expect(library.maintain()).toBe(true)
  queries = corpusQueries(random(7), storiesOf(library), 300)
  scannable = queries.filter((query) =>
    parseQuery(query).include.some((term) => /[\p{L}\p{N}]/u.test(term)),
  )
  library.close()
})
afterAll(() => temp.remove())
afterEach(() => {
  for (const library of open.splice(0)) library.close()
  problems.length = 0
})

describe('search is exact', () => {
  it('finds exactly the stories a brute-force scan finds, and counts them exactly', () => {
    const library = openAt(baseDir)
    const stories = storiesOf(library)
    expect(stories.length).toBeGreaterThan(250)
    let found = 0
    for (const query of queries) {
      const { actual, expected } = answers(library, query, stories)
      expect(actual).toEqual(expected)
      if (expected.total > 0) found++
    }
    // Most queries find something, and some find nothing: both sides are tested.
    expect(found).toBeGreaterThan(queries.length / 2)
    expect(found).toBeLessThan(queries.length)
    expect(problems).toEqual([])
  })

  it('holds in the index exactly the tokens of each stored story', () => {
    expectIndexHoldsStoredText(baseDir)
  })

  it('counts terms of touching Latin and CJK runs exactly, whatever separates them in the text', () => {
    const dir = join(baseDir, '..', 'touching')
    const library = openAt(dir)
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
      const queries = [
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
      expectExact(library, queries)
      // Touching runs are told apart from runs with a space or a comma between them.
      expect(library.searchPage('2020年').total).toBeLessThan(library.searchPage('2020').total)
    } finally {
      library.close()
    }
  })

  it('pages through hits: each once, in one order, with the same total', () => {
    const library = openAt(baseDir)
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
    const dir = copyOfCorpus()
    const library = openAt(dir)
    // Edited and new stories are queued; the rest answer from the index.
    const stories = library.listStories()
    for (const summary of stories.filter((_, at) => at % 9 === 0)) {
      library.setTitle(summary.id, `${summary.title}工会`)
    }
    library.importUploads([
      { name: 'late.txt', bytes: Buffer.from(corpusPages(random(99), 6).join('\n\n\n')) },
    ])
    expect(pendingCount(join(dir, LIBRARY_FILE))).toBeGreaterThan(30)
    expectExact(library, queries)
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

describe('an upgraded library (version 4, before the full-text index)', () => {
  it('fills story heads, answers exactly by scanning, and answers the same once maintained', () => {
    const dir = version4OfCorpus()
    const library = openAt(dir)
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
    const sample = scannable.slice(0, 60)
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
    expect(problems).toEqual([])
  })

  it('with a host, builds in steps between pauses and reports progress up to the end', async () => {
    const dir = version4OfCorpus()
    const tasks: Array<() => void> = []
    const progress: IndexProgress[] = []
    let pauses = 0
    const library = openAt(dir, {
      scheduleMaintenance: (task) => void tasks.push(task),
      pauseMaintenance: () => {
        pauses++
        return new Promise((resolve) => setImmediate(resolve))
      },
      onIndexProgress: (step) => void progress.push(step),
    })
    expect(tasks).toHaveLength(1)
    expectExact(library, scannable.slice(0, 10))
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
    expectExact(library, queries.slice(0, 60))
    expectIndexHoldsStoredText(dir)
    expect(tasks).toEqual([])
  })
})

describe('a damaged index', () => {
  it.each([
    ['every block', 'SELECT id FROM story_fts_data'],
    ['its structure record', 'SELECT id FROM story_fts_data WHERE id = 10'],
    ['a few leaves', 'SELECT id FROM story_fts_data WHERE id > 10 ORDER BY id LIMIT 5 OFFSET 3'],
  ])('with random bytes over %s never breaks search, and is built again', (_, damaged) => {
    const dir = copyOfCorpus()
    const db = new BetterSqlite3(join(dir, LIBRARY_FILE))
    // better-sqlite3 keeps shadow tables read-only unless told otherwise.
    db.unsafeMode(true)
    // Seeded bytes, not randomblob(): the same damage on every run. (FTS5 keeps no checksum,
    // so some damage reads as valid data; these patterns are ones SQLite reports.)
    const next = random(7)
    const blocks = db
      .prepare<[], { id: number; size: number }>(
        `SELECT id, length(block) AS size FROM story_fts_data WHERE id IN (${damaged})`,
      )
      .all()
    const write = db.prepare<[Buffer, number]>('UPDATE story_fts_data SET block = ? WHERE id = ?')
    for (const { id, size } of blocks) {
      write.run(Buffer.from(Array.from({ length: size }, () => Math.floor(next() * 256))), id)
    }
    db.close()
    const library = openAt(dir)
    const [first] = library.listStories()
    expect(library.getStory(first.id)!.body.length).toBeGreaterThan(0)
    expectExact(library, scannable.slice(0, 100))
    expect(problems.length).toBeGreaterThan(0)
    expect(library.maintain()).toBe(true)
    expect(isComplete(dir)).toBe(true)
    expectExact(library, queries.slice(0, 60))
    expectIndexHoldsStoredText(dir)
  })
})

describe('every write is searchable at once, without maintenance', () => {
  it('corrections: a new headline, a split, a merge', () => {
    const dir = copyOfCorpus()
    const library = openAt(dir)
    const [first, second] = library.listStories()
    library.setTitle(first.id, '灯塔守望者 lighthouse')
    expectExact(library, ['灯塔守望者', 'lighthouse', '守望', first.title, ...queries.slice(0, 20)])
    expect(library.search('lighthouse').map((hit) => hit.id)).toEqual([first.id])

    const many = storiesOf(library).find((story) => paragraphsOf(story.body).length >= 3)!
    const { body } = library.getStory(many.id)!
    const split = library.splitStory(many.id, 1)
    expect(split).toBeDefined()
    const tail = foldText(paragraphsOf(body)[2]).slice(0, 3).trim()
    expectExact(library, [tail, ...queries.slice(20, 50)])

    library.mergeWithNext(second.id)
    expectExact(library, queries.slice(50, 90))
    expect(problems).toEqual([])
    expectIndexHoldsStoredText(dir)
  })

  it('removing a page, and importing a changed page again', () => {
    const dir = copyOfCorpus()
    const library = openAt(dir)
    const [source] = library.listSources()
    library.removeSource(source.id)
    expectExact(library, queries.slice(0, 40))

    const page = join(pagesDir, 'page05.txt')
    const changed = join(temp.dir, 'page05.txt')
    copyFileSync(page, changed)
    library.importPaths([changed])
    expect(library.search('鑫淼')).toEqual([])
    writeFileSync(changed, '鑫淼新闻\n\n鑫淼 zebra 报道了工会的新消息。\n')
    library.importPaths([changed])
    expect(library.searchPage('鑫淼').total).toBe(1)
    expect(library.searchPage('zebra').total).toBe(1)
    expectExact(library, ['鑫淼', 'zebra', '工会', ...queries.slice(40, 80)])
    expect(problems).toEqual([])
    expectIndexHoldsStoredText(dir)
  })

  it('a write through one connection is found through another at once', () => {
    const dir = copyOfCorpus()
    const reader = openAt(dir)
    const writer = openAt(dir)
    expect(reader.searchPage('鑫淼').total).toBe(0)
    const page = join(temp.dir, 'other.txt')
    writeFileSync(page, '鑫淼新闻\n\n本报讯 鑫淼 zebra 的报道。\n')
    writer.importPaths([page])
    expect(reader.search('鑫淼').map((hit) => hit.source)).toEqual(['other.txt'])
    expect(reader.searchPage('zebra').total).toBe(1)
    const [story] = reader.search('鑫淼')
    reader.setTitle(story.id, '灯塔守望者')
    expect(writer.search('灯塔守望者').map((hit) => hit.id)).toEqual([story.id])
    expectExact(reader, ['鑫淼', '灯塔', ...queries.slice(0, 20)])
    expectExact(writer, ['鑫淼', '灯塔', ...queries.slice(0, 20)])
  })
})
