import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asStoryId, type StoryId } from '../../src/shared/ids'
import type { SearchHit } from '../../src/shared/types'
import { createRepos, type Repos } from '../../src/main/core/db/createRepos'
import { openDatabase } from '../../src/main/core/db/openDatabase'
import { searchIndexStore } from '../../src/main/core/library/searchIndexStore'
import { ftsSearch } from '../../src/main/core/search/ftsSearch'
import { parseQuery } from '../../src/main/core/search/parseQuery'
import { scanSearch } from '../../src/main/core/search/scanSearch'
import type {
  IndexableStory,
  SearchOptions,
  SearchPage,
  StoryLookup,
} from '../../src/main/core/search/types'
import { bruteSearch } from './bruteSearch'
import { readIndex } from './indexContents'
import { storeStories } from './storyRows'
import { SEED_DIR, tempDir } from './tempDir'

// The real splitter finds fewer, longer stories in the seeds; a crude one gets many real stories:
// a short chunk without closing punctuation starts a story, "□..." is its byline.
const seedStories = (): IndexableStory[] => {
  const stories: IndexableStory[] = []
  for (const file of readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const chunks = readFileSync(join(SEED_DIR, file), 'utf8')
      .split(/\n\s*\n/)
      .map((chunk) => chunk.trim())
      .filter((chunk) => chunk !== '')
    let story: IndexableStory | null = null
    let headCount = 0
    for (const chunk of chunks) {
      const isHead =
        chunk.length <= 22 && !/[。；，、,;：:）)]$/.test(chunk) && !chunk.startsWith('□')
      if (isHead && story !== null && headCount === 1) {
        story.title += ` ${chunk}`
        headCount++
      } else if (isHead) {
        if (story?.body) stories.push(story)
        const id = asStoryId(`${file.slice(0, 3)}-${stories.length}`)
        story = { id, title: chunk, byline: null, source: file, body: '' }
        headCount = 1
      } else if (story !== null) {
        headCount = 0
        if (chunk.startsWith('□') && story.byline === null) story.byline = chunk.slice(1)
        else story.body += (story.body ? '\n\n' : '') + chunk
      }
    }
    if (story?.body) stories.push(story)
  }
  return stories
}

const ids = (hits: SearchHit[]): StoryId[] => hits.map((hit) => hit.id).sort()

const CASES: string[] = [
  '困难职工',
  '疗休养',
  '工会',
  '总工会',
  '市总工会',
  '劳模',
  '送温暖',
  '的',
  '工会的',
  '职',
  '2020',
  '"两节"',
  '“两节”',
  '"两节"送温暖',
  '市总工会 劳模',
  '工会 -困难',
  '劳模 -"市总工会"',
  '职工 -困难职工 -的',
  'WE课堂',
  't恤',
  '1+10+n',
  '２０２０年',
]

describe('search over the seed pages, stored in a real library database', () => {
  let temp: ReturnType<typeof tempDir>
  let db: BetterSqlite3.Database
  let repos: Repos
  let stories: IndexableStory[]
  // The full-text index as the library answers from it, and the scan it falls back to.
  const search = (query: string, options?: SearchOptions, lookup?: StoryLookup): SearchPage =>
    ftsSearch(repos.searchIndex, lookup ?? repos.stories.lookup, parseQuery(query), options)
  const scan = (query: string, options?: SearchOptions): SearchPage =>
    scanSearch(stories, parseQuery(query), options)

  beforeAll(() => {
    temp = tempDir('search')
    db = openDatabase(join(temp.dir, 'library.sqlite3'))
    repos = createRepos(db)
    const seeds = seedStories()
    for (const source of new Set(seeds.map((story) => story.source))) {
      storeStories(
        db,
        seeds.filter((story) => story.source === source),
      )
    }
    stories = [...repos.stories.iterateIndexable()]
    // Stored stories wait in the queue; these tests ask the index itself.
    expect(searchIndexStore(repos).maintain()).toBe(true)
  })
  afterAll(() => {
    db.close()
    temp.remove()
  })

  it('holds enough stories to be a meaningful test, every one indexed', () => {
    expect(stories.length).toBeGreaterThan(50)
    expect(repos.searchIndex.pendingCount()).toBe(0)
  })

  it.each(CASES)('%s finds exactly the stories holding it, and counts them', (query) => {
    const expected = bruteSearch(stories, query)
    expect(expected.length).toBeGreaterThan(0)
    const page = search(query, { limit: 1000 })
    expect(ids(page.hits)).toEqual(expected)
    expect(page.total).toBe(expected.length)
  })

  it('finds 工会 inside 总工会', () => {
    const inside = stories.filter(
      (s) => s.body.includes('总工会') && !s.body.replaceAll('总工会', '').includes('工会'),
    )
    expect(inside.length).toBeGreaterThan(0)
    const found = new Set(ids(search('工会', { limit: 1000 }).hits))
    for (const story of inside) expect(found.has(story.id)).toBe(true)
  })

  it('puts title hits first, and marks them truthfully', () => {
    const { hits } = search('市总工会', { limit: 1000 })
    const firstBodyOnly = hits.findIndex((hit) => !hit.isTitleMatch)
    expect(firstBodyOnly).toBeGreaterThan(0)
    expect(hits.slice(firstBodyOnly).every((hit) => !hit.isTitleMatch)).toBe(true)
    for (const hit of hits) expect(hit.title.includes('市总工会')).toBe(hit.isTitleMatch)
  })

  it('ranks best first: scores fall along the page', () => {
    const { hits } = search('工会', { limit: 1000 })
    const scores = hits.map((hit) => hit.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(new Set(scores).size).toBe(scores.length)
  })

  it('returns a snippet whose ranges point at the matches', () => {
    for (const query of ['市总工会', '困难职工', '劳模', '的']) {
      for (const hit of search(query).hits) {
        expect(hit.snippet.length).toBeLessThanOrEqual(130)
        const story = stories.find((s) => s.id === hit.id)
        if (!story?.body.includes(query)) continue
        expect(hit.snippetMatches.length).toBeGreaterThan(0)
        for (const [start, end] of hit.snippetMatches) {
          expect(hit.snippet.slice(start, end)).toContain(query)
        }
      }
    }
  })

  it('marks every occurrence of every term in the snippet', () => {
    const hit = search('工会 职工').hits.find((h) => h.snippet.includes('职工'))
    expect(hit).toBeDefined()
    const marked = hit!.snippetMatches.map(([start, end]) => hit!.snippet.slice(start, end))
    const occurrences = (hit!.snippet.match(/工会|职工/g) ?? []).length
    expect(marked.join('').match(/工会|职工/g)?.length).toBe(occurrences)
  })

  it('caps results at 50 by default and honours a limit, counting every match', () => {
    const all = bruteSearch(stories, '的').length
    expect(all).toBeGreaterThan(50)
    expect(search('的')).toMatchObject({ total: all, hits: { length: 50 } })
    expect(search('的', { limit: 3 })).toMatchObject({ total: all, hits: { length: 3 } })
  })

  it('reads only the page’s stories from the store when the index answers exactly', () => {
    const asked: StoryId[] = []
    const page = search('的', { limit: 5, offset: 10 }, (wanted) => {
      asked.push(...wanted)
      return repos.stories.lookup(wanted)
    })
    expect(page.hits.map((hit) => hit.id)).toEqual(asked)
    expect(asked).toHaveLength(5)
    expect(page.hits).toEqual(search('的', { limit: 15 }).hits.slice(10))
  })

  it('returns nothing for empty, exclusion-only, filter-only and punctuation queries', () => {
    for (const query of ['', '   ', '-工会', '-"市总工会" -劳模', 'tag:news', '“”', '-', '，。']) {
      expect(search(query)).toEqual({ total: 0, hits: [] })
      expect(scan(query)).toEqual({ total: 0, hits: [] })
    }
  })

  it('ignores filters while searching the text', () => {
    expect(search('劳模 tag:news is:unread')).toEqual(search('劳模'))
  })

  it('answers the same on another connection: the index lives in the file', () => {
    const other = openDatabase(join(temp.dir, 'library.sqlite3'))
    try {
      const otherRepos = createRepos(other)
      expect(otherRepos.searchIndex.pendingCount()).toBe(0)
      for (const query of CASES) {
        const parsed = parseQuery(query)
        expect(
          ftsSearch(otherRepos.searchIndex, otherRepos.stories.lookup, parsed, { limit: 1000 }),
        ).toEqual(search(query, { limit: 1000 }))
      }
    } finally {
      other.close()
    }
  })

  it('indexes no empty, blank or punctuation term: only CJK pairs and ends, and whole words', () => {
    {
      const tokens = readIndex(db)
      const terms = new Map(tokens.map((token) => [`${token.col} ${token.term}`, token]))
      expect(terms.size).toBeGreaterThan(1000)
      for (const { term, col } of terms.values()) {
        // Glue tokens (between runs that touch) carry a private-use mark first.
        expect(term).toMatch(/^\uE000?[\p{L}\p{N}\p{M}]+$/u)
        // The chars column holds single characters only.
        if (col === 'chars') expect(Array.from(term)).toHaveLength(1)
        else if (/\p{sc=Han}/u.test(term)) {
          expect(Array.from(term.replace('\uE000', '')).length).toBeLessThanOrEqual(2)
        }
      }
    }
  })

  it.each(CASES)('%s: scanning the text finds the same hits and total, titles first', (query) => {
    const scanned = scan(query, { limit: 1000 })
    const indexed = search(query, { limit: 1000 })
    expect(scanned.total).toBe(indexed.total)
    const byId = new Map(indexed.hits.map((hit) => [hit.id, hit]))
    expect(ids(scanned.hits)).toEqual([...byId.keys()].sort())
    for (const hit of scanned.hits)
      expect({ ...hit, score: 0 }).toEqual({ ...byId.get(hit.id), score: 0 })
    const firstOther = scanned.hits.findIndex((hit) => !hit.isTitleMatch)
    if (firstOther >= 0) {
      expect(scanned.hits.slice(firstOther).every((h) => !h.isTitleMatch)).toBe(true)
    }
  })

  it('scans within the limit and from an offset, keeping title hits first', () => {
    const all = scan('市总工会', { limit: 1000 })
    const titleHits = all.hits.filter((h) => h.isTitleMatch)
    expect(titleHits.length).toBeGreaterThan(2)
    expect(scan('市总工会', { limit: 2 })).toEqual({
      total: all.total,
      hits: titleHits.slice(0, 2),
    })
    expect(scan('市总工会', { limit: 4, offset: 1 })).toEqual({
      total: all.total,
      hits: all.hits.slice(1, 5),
    })
    expect(scan('的').hits).toHaveLength(50)
  })

  it('narrows to the stories a filter kept before the limit, index or scan', () => {
    const all = search('工会', { limit: 1000 }).hits
    const within = new Set(all.filter((_, at) => at % 3 === 1).map((hit) => hit.id))
    const expected = all.filter((hit) => within.has(hit.id))
    expect(expected.length).toBeGreaterThan(5)
    // Scores rank within what the filter kept; the hits are the same.
    const unscored = (hits: SearchHit[]) => hits.map((hit) => ({ ...hit, score: 0 }))
    const narrowed = search('工会', { limit: 5, within })
    expect(narrowed.total).toBe(within.size)
    expect(unscored(narrowed.hits)).toEqual(unscored(expected.slice(0, 5)))
    const later = search('工会', { limit: 5, offset: 2, within }).hits
    expect(unscored(later)).toEqual(unscored(expected.slice(2, 7)))
    const scanned = scan('工会', { limit: 1000 }).hits.filter((h) => within.has(h.id))
    expect(scan('工会', { limit: 5, within })).toEqual({
      total: within.size,
      hits: scanned.slice(0, 5),
    })
  })

  it('skips stories the store no longer has', () => {
    const { hits } = search('劳模', { limit: 1000 })
    const gone = new Set(hits.slice(0, 2).map((hit) => hit.id))
    const partial = search('劳模', { limit: 1000 }, (wanted) =>
      repos.stories.lookup(wanted.filter((id) => !gone.has(id))),
    )
    expect(ids(partial.hits)).toEqual(ids(hits.filter((hit) => !gone.has(hit.id))))
  })
})
