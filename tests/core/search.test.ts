import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { asStoryId, type StoryId } from '../../src/shared/ids'
import type { SearchHit } from '../../src/shared/types'
import { foldText } from '../../src/main/core/text/foldText'
import { parseQuery } from '../../src/main/core/search/parseQuery'
import { scanSearch } from '../../src/main/core/search/scanSearch'
import {
  buildSearchIndex,
  loadSearchIndex,
  SEARCH_INDEX_VERSION,
  type StoryLookup,
} from '../../src/main/core/search/searchIndex'
import type { IndexableStory, SearchIndex } from '../../src/main/core/search/types'

const SEED_DIR = resolve(import.meta.dirname, '../../seeds')

// The real splitter is written elsewhere; a crude one is enough to get many real stories:
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

const lookupOver = (stories: IndexableStory[]): StoryLookup => {
  const byId = new Map(stories.map((story) => [story.id, story]))
  return (ids) => ids.flatMap((id) => byId.get(id) ?? [])
}

/** The brute-force answer: every story whose title, byline or body holds each term. */
const bruteForce = (stories: IndexableStory[], include: string[], exclude: string[] = []) => {
  const holds = (story: IndexableStory, term: string): boolean =>
    [story.title, story.byline ?? '', story.body].some((field) =>
      foldText(field).includes(foldText(term)),
    )
  return stories
    .filter((s) => include.every((t) => holds(s, t)) && !exclude.some((t) => holds(s, t)))
    .map((s) => s.id)
    .sort()
}

const ids = (hits: SearchHit[]): StoryId[] => hits.map((hit) => hit.id).sort()

const CASES: Array<{ query: string; include: string[]; exclude?: string[] }> = [
  { query: '困难职工', include: ['困难职工'] },
  { query: '疗休养', include: ['疗休养'] },
  { query: '工会', include: ['工会'] },
  { query: '总工会', include: ['总工会'] },
  { query: '市总工会', include: ['市总工会'] },
  { query: '劳模', include: ['劳模'] },
  { query: '送温暖', include: ['送温暖'] },
  { query: '的', include: ['的'] },
  { query: '工会的', include: ['工会的'] },
  { query: '职', include: ['职'] },
  { query: '2020', include: ['2020'] },
  { query: '"两节"', include: ['两节'] },
  { query: '“两节”', include: ['两节'] },
  { query: '"两节"送温暖', include: ['两节', '送温暖'] },
  { query: '市总工会 劳模', include: ['市总工会', '劳模'] },
  { query: '工会 -困难', include: ['工会'], exclude: ['困难'] },
  { query: '劳模 -"市总工会"', include: ['劳模'], exclude: ['市总工会'] },
  { query: '职工 -困难职工 -的', include: ['职工'], exclude: ['困难职工', '的'] },
  { query: 'WE课堂', include: ['we课堂'] },
  { query: 't恤', include: ['T恤'] },
  { query: '1+10+n', include: ['1+10+N'] },
  { query: '２０２０年', include: ['2020年'] },
]

describe('search over the seed pages', () => {
  let stories: IndexableStory[]
  let index: SearchIndex

  beforeAll(() => {
    stories = seedStories()
    index = buildSearchIndex(stories, lookupOver(stories))
  })

  it('builds enough stories from the seeds to be a meaningful test', () => {
    expect(stories.length).toBeGreaterThan(50)
  })

  it.each(CASES)('$query finds exactly the stories holding it', ({ query, include, exclude }) => {
    const expected = bruteForce(stories, include, exclude)
    expect(expected.length).toBeGreaterThan(0)
    expect(ids(index.search(parseQuery(query), { limit: 1000 }))).toEqual(expected)
  })

  it('finds 工会 inside 总工会', () => {
    const onlyInside = stories.filter(
      (s) => s.body.replaceAll('总工会', '').includes('工会') === false,
    )
    const inside = onlyInside.filter((s) => s.body.includes('总工会'))
    expect(inside.length).toBeGreaterThan(0)
    const found = new Set(ids(index.search(parseQuery('工会'), { limit: 1000 })))
    for (const story of inside) expect(found.has(story.id)).toBe(true)
  })

  it('puts title hits first, and marks them truthfully', () => {
    const hits = index.search(parseQuery('市总工会'), { limit: 1000 })
    const firstBodyOnly = hits.findIndex((hit) => !hit.isTitleMatch)
    expect(firstBodyOnly).toBeGreaterThan(0)
    expect(hits.slice(firstBodyOnly).every((hit) => !hit.isTitleMatch)).toBe(true)
    for (const hit of hits) expect(hit.title.includes('市总工会')).toBe(hit.isTitleMatch)
  })

  it('returns a snippet whose ranges point at the matches', () => {
    for (const query of ['市总工会', '困难职工', '劳模', '的']) {
      for (const hit of index.search(parseQuery(query))) {
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
    const hit = index.search(parseQuery('工会 职工')).find((h) => h.snippet.includes('职工'))
    expect(hit).toBeDefined()
    const marked = hit!.snippetMatches.map(([start, end]) => hit!.snippet.slice(start, end))
    const occurrences = (hit!.snippet.match(/工会|职工/g) ?? []).length
    expect(marked.join('').match(/工会|职工/g)?.length).toBe(occurrences)
  })

  it('caps results at 50 by default and honours a limit', () => {
    expect(bruteForce(stories, ['的']).length).toBeGreaterThan(50)
    expect(index.search(parseQuery('的'))).toHaveLength(50)
    expect(index.search(parseQuery('的'), { limit: 3 })).toHaveLength(3)
  })

  it('returns nothing for empty, exclusion-only and filter-only queries', () => {
    for (const query of ['', '   ', '-工会', '-"市总工会" -劳模', 'tag:news', '“”', '-']) {
      expect(index.search(parseQuery(query))).toEqual([])
    }
  })

  it('ignores filters while searching the text', () => {
    expect(ids(index.search(parseQuery('劳模 tag:news is:unread')))).toEqual(
      ids(index.search(parseQuery('劳模'))),
    )
  })

  it('answers the same after serialize and load, without touching the stories', () => {
    let lookups = 0
    const lookup = lookupOver(stories)
    const loaded = loadSearchIndex(index.serialize(), (wanted) => {
      lookups++
      return lookup(wanted)
    })
    expect(lookups).toBe(0)
    for (const { query } of CASES) {
      expect(loaded.search(parseQuery(query), { limit: 1000 })).toEqual(
        index.search(parseQuery(query), { limit: 1000 }),
      )
    }
    expect(loaded.serialize()).toBe(index.serialize())
  })

  it('indexes no empty, blank or punctuation term', () => {
    const stored = JSON.parse(index.serialize())
    expect(stored.version).toBe(SEARCH_INDEX_VERSION)
    const terms: string[] = stored.lunr.invertedIndex.map((entry: [string, unknown]) => entry[0])
    expect(terms.length).toBeGreaterThan(1000)
    for (const term of terms) expect(term).toMatch(/^[\p{L}\p{N}\p{M}]+$/u)
  })

  it('refuses an index from another version', () => {
    const stored = JSON.parse(index.serialize())
    stored.version = SEARCH_INDEX_VERSION + 1
    expect(() => loadSearchIndex(JSON.stringify(stored), lookupOver(stories))).toThrow(/version/)
  })

  it.each(CASES)('$query: scanning the text finds the same hits, titles first', ({ query }) => {
    const scanned = scanSearch(stories, parseQuery(query), { limit: 1000 })
    const indexed = new Map(
      index.search(parseQuery(query), { limit: 1000 }).map((hit) => [hit.id, hit]),
    )
    expect(ids(scanned)).toEqual([...indexed.keys()].sort())
    for (const hit of scanned)
      expect({ ...hit, score: 0 }).toEqual({ ...indexed.get(hit.id), score: 0 })
    const firstOther = scanned.findIndex((hit) => !hit.isTitleMatch)
    if (firstOther >= 0) expect(scanned.slice(firstOther).every((h) => !h.isTitleMatch)).toBe(true)
  })

  it('scans within the limit, keeping title hits first', () => {
    const titleHits = scanSearch(stories, parseQuery('市总工会'), { limit: 1000 }).filter(
      (h) => h.isTitleMatch,
    )
    expect(titleHits.length).toBeGreaterThan(2)
    expect(scanSearch(stories, parseQuery('市总工会'), { limit: 2 })).toEqual(titleHits.slice(0, 2))
    expect(scanSearch(stories, parseQuery('的'))).toHaveLength(50)
    for (const query of ['', '-工会', 'tag:news', '“”'])
      expect(scanSearch(stories, parseQuery(query))).toEqual([])
  })

  it('narrows to the stories a filter kept before the limit, index or scan', () => {
    const query = parseQuery('工会')
    const all = index.search(query, { limit: 1000 })
    const within = new Set(all.filter((_, at) => at % 3 === 1).map((hit) => hit.id))
    const expected = all.filter((hit) => within.has(hit.id)).slice(0, 5)
    expect(expected).toHaveLength(5)
    expect(index.search(query, { limit: 5, within })).toEqual(expected)
    const scanned = scanSearch(stories, query, { limit: 1000 }).filter((h) => within.has(h.id))
    expect(scanSearch(stories, query, { limit: 5, within })).toEqual(scanned.slice(0, 5))
  })

  it('skips stories the store no longer has', () => {
    const hits = index.search(parseQuery('劳模'), { limit: 1000 })
    const gone = new Set(hits.slice(0, 2).map((hit) => hit.id))
    const partial = loadSearchIndex(
      index.serialize(),
      lookupOver(stories.filter((s) => !gone.has(s.id))),
    )
    expect(ids(partial.search(parseQuery('劳模'), { limit: 1000 }))).toEqual(
      ids(hits.filter((hit) => !gone.has(hit.id))),
    )
  })
})
