import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { asStoryId, type StoryId } from '../../src/shared/ids'
import type { SearchHit } from '../../src/shared/types'
import { createRepos } from '../../src/main/core/db/createRepos'
import { openDatabase } from '../../src/main/core/db/openDatabase'
import { searchIndexStore } from '../../src/main/core/library/searchIndexStore'
import { parseQuery } from '../../src/main/core/search/parseQuery'
import type { IndexableStory } from '../../src/main/core/search/types'
import { bruteSearch } from './bruteSearch'
import { storeStories } from './storyRows'
import { tempDir } from './tempDir'

const story = (id: string, title: string, body: string, byline: string | null = null) => ({
  id: asStoryId(id),
  title,
  byline,
  source: 'english.txt',
  body,
})

const STORIES: IndexableStory[] = [
  story('union-title', 'Union Rally Draws Thousands', 'Workers gathered downtown on Saturday.'),
  story(
    'trade-union',
    'Dockers vote',
    'The trade\nunion asked its members to vote.\n\nThe Union said turnout was high.',
    'Mary Shelley',
  ),
  story('unions', 'Labour news', 'Several unions met to discuss pay. Running totals were shared.'),
  story('reunion', 'Class reunion', 'Old friends held a reunion at the school hall.'),
  story('mixed', '工会 news', 'The 市总工会 and the local union signed a 2024 agreement.'),
  story('full-width', 'Ｗｉｄｅ text', 'ＵＮＩＯＮ leaders typed in full width.'),
  story('run', 'Fun run', 'They run every Sunday; the run is short.'),
  story('byline-only', 'Weather', 'Rain is expected tomorrow.', 'Percy Shelley'),
]

// A real library database holding the stories; its triggers wrote the full-text index.
const temp = tempDir('english')
const file = join(temp.dir, 'library.sqlite3')
const db = openDatabase(file)
storeStories(db, STORIES)
const index = searchIndexStore(createRepos(db))
// The stories wait in the queue until indexed; these tests ask the index.
index.maintain()
afterAll(() => {
  db.close()
  temp.remove()
})
const found = (query: string): StoryId[] =>
  index.search(parseQuery(query)).hits.map((hit) => hit.id)
const sorted = (query: string): string[] => [...found(query)].sort()

describe('search over an English corpus', () => {
  it('ignores case, both ways', () => {
    expect(sorted('Union')).toEqual(sorted('union'))
    expect(sorted('UNION')).toEqual(['full-width', 'mixed', 'trade-union', 'union-title', 'unions'])
  })

  it('matches at the start of a word, never inside one', () => {
    expect(found('union')).toContain('unions')
    expect(found('union')).not.toContain('reunion')
    expect(found('reunion')).toEqual(['reunion'])
  })

  it('does not stem: run finds run and running only by prefix', () => {
    expect(sorted('run')).toEqual(['run', 'unions'])
    expect(found('runs')).toEqual([])
  })

  it('matches a quoted phrase across line breaks, not its words apart', () => {
    expect(found('"trade union"')).toEqual(['trade-union'])
    expect(found('"union asked"')).toEqual(['trade-union'])
    expect(found('"union rally draws"')).toEqual(['union-title'])
    expect(found('"unions met to discuss"')).toEqual(['unions'])
    expect(found('"union met"')).toEqual([])
  })

  it('requires every word and drops excluded ones', () => {
    expect(sorted('union vote')).toEqual(['trade-union'])
    expect(sorted('union -rally')).toEqual(['full-width', 'mixed', 'trade-union', 'unions'])
    expect(sorted('union -"trade union" -工会')).toEqual(['full-width', 'union-title', 'unions'])
  })

  it('folds full-width letters', () => {
    expect(found('ｕｎｉｏｎ leaders')).toEqual(['full-width'])
    expect(found('wide')).toEqual(['full-width'])
  })

  it('mixes Chinese, English and digits', () => {
    expect(found('工会 union')).toEqual(['mixed'])
    expect(found('总工会 2024')).toEqual(['mixed'])
    expect(found('2024 agreement')).toEqual(['mixed'])
  })

  it('ranks title hits first', () => {
    const { hits } = index.search(parseQuery('union'))
    expect(hits[0].id).toBe('union-title')
    expect(hits[0].isTitleMatch).toBe(true)
    expect(hits.slice(1).every((hit) => !hit.isTitleMatch)).toBe(true)
  })

  it('searches the byline and shows it when only the byline matches', () => {
    expect(sorted('shelley')).toEqual(['byline-only', 'trade-union'])
    const hit = index.search(parseQuery('percy')).hits[0]
    expect(hit.snippet).toBe('Percy Shelley')
    expect(hit.snippetMatches).toEqual([[0, 5]])
  })

  it('marks matches in the snippet with the text’s own case', () => {
    const hit = index.search(parseQuery('"trade union"')).hits[0] as SearchHit
    const [[start, end]] = hit.snippetMatches
    expect(hit.snippet.slice(start, end)).toBe('trade union')
    expect(hit.snippet).not.toContain('\n')
  })

  it('counts exactly what a scan of the text finds', () => {
    for (const query of [
      'union',
      'UNION -rally',
      '"trade union"',
      'run',
      'shelley',
      '工会 union',
    ]) {
      const page = index.search(parseQuery(query), { limit: 3 })
      expect(page.total).toBe(bruteSearch(STORIES, query).length)
    }
  })

  it('answers the same from another connection to the file', () => {
    const other = openDatabase(file)
    try {
      const otherIndex = searchIndexStore(createRepos(other))
      for (const query of ['union', '"trade union"', 'union -rally', 'percy', '工会 union']) {
        expect(otherIndex.search(parseQuery(query))).toEqual(index.search(parseQuery(query)))
      }
    } finally {
      other.close()
    }
  })
})
