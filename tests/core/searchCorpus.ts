import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import {
  LIBRARY_FILE,
  openLibrary,
  type LibraryDeps,
} from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { parseQuery } from '../../src/main/core/search/parseQuery'
import { bruteSearch, type StoryText } from './bruteSearch'
import { indexContents, pendingCount } from './indexContents'
import { copyAsVersion4 } from './oldLibrary'
import { tempDir } from './tempDir'

// The generated corpus that searchEngine*.test.ts search: pages, queries, and the checks that
// compare the library's answers with a brute-force scan.

// A seeded generator, so a failure can be replayed.
export const random = (seed: number) => () => {
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
export const corpusPages = (next: () => number, count: number): string[] => {
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
export const corpusQueries = (
  next: () => number,
  stories: StoryText[],
  count: number,
): string[] => {
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

export const storiesOf = (library: Library): StoryText[] =>
  library.listStories().map((summary) => library.getStory(summary.id)!)

/** What the library answers, next to the brute-force answer: equal when search is exact. */
export const answers = (library: Library, query: string, stories = storiesOf(library)) => {
  const page = library.searchPage(query, { limit: 10_000 })
  const expected = bruteSearch(stories, query)
  return {
    actual: { query, total: page.total, ids: page.hits.map((hit) => hit.id).sort() },
    expected: { query, total: expected.length, ids: expected },
  }
}

export const expectExact = (library: Library, queries: string[]): void => {
  const stories = storiesOf(library)
  for (const query of queries) {
    const { actual, expected } = answers(library, query, stories)
    expect(actual).toEqual(expected)
  }
}

export const isComplete = (dir: string): boolean => pendingCount(join(dir, LIBRARY_FILE)) === 0

export const expectIndexHoldsStoredText = (dir: string): void => {
  const { indexed, expected } = indexContents(join(dir, LIBRARY_FILE))
  expect(Object.keys(expected).length).toBeGreaterThan(0)
  expect(indexed).toEqual(expected)
}

/** The corpus library of one test file, and the folders and queries made with it. */
export interface SearchCorpus {
  temp: ReturnType<typeof tempDir>
  baseDir: string
  pagesDir: string
  queries: string[]
  /** Queries with a word or character to look for (see the test of punctuation while scanning). */
  scannable: string[]
  /** What libraries opened by openAt logged. */
  problems: string[]
  openAt: (dir: string, deps?: LibraryDeps) => Library
  /** A library folder holding a copy of the generated corpus library (closed). */
  copyOfCorpus: () => string
  /** A library folder holding the corpus at schema version 4, as an upgrade finds it. */
  version4OfCorpus: () => string
}

/** Generates and imports the corpus before the file's tests; closes what they opened after each. */
export function useSearchCorpus(): SearchCorpus {
  const open: Library[] = []
  let copies = 0
  const corpus = {
    problems: [] as string[],
    openAt: (dir: string, deps: LibraryDeps = {}): Library => {
      const library = openLibrary(dir, { log, ...deps })
      open.push(library)
      return library
    },
    copyOfCorpus: (): string => {
      const dir = join(corpus.temp.dir, `copy${++copies}`)
      mkdirSync(dir)
      copyFileSync(join(corpus.baseDir, LIBRARY_FILE), join(dir, LIBRARY_FILE))
      return dir
    },
    version4OfCorpus: (): string => {
      const dir = join(corpus.temp.dir, `v4-${++copies}`)
      mkdirSync(dir)
      copyAsVersion4(join(corpus.baseDir, LIBRARY_FILE), join(dir, LIBRARY_FILE))
      return dir
    },
  } as SearchCorpus
  const log = (message: string) => void corpus.problems.push(message)

  beforeAll(() => {
    corpus.temp = tempDir('engine')
    corpus.baseDir = join(corpus.temp.dir, 'base')
    corpus.pagesDir = join(corpus.temp.dir, 'pages')
    mkdirSync(corpus.pagesDir)
    corpusPages(random(20260), 160).forEach((text, page) =>
      writeFileSync(join(corpus.pagesDir, `page${String(page).padStart(2, '0')}.txt`), text),
    )
    const library = openLibrary(corpus.baseDir, { log })
    library.importPaths([corpus.pagesDir])
    // Indexed, so that the index answers; the queue is tested by the writes.
    expect(library.maintain()).toBe(true)
    corpus.queries = corpusQueries(random(7), storiesOf(library), 300)
    corpus.scannable = corpus.queries.filter((query) =>
      parseQuery(query).include.some((term) => /[\p{L}\p{N}]/u.test(term)),
    )
    library.close()
  })
  afterAll(() => corpus.temp.remove())
  afterEach(() => {
    for (const library of open.splice(0)) library.close()
    corpus.problems.length = 0
  })
  return corpus
}
