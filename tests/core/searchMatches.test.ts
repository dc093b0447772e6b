import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRepos } from '../../src/main/core/db/createRepos'
import { openDatabase } from '../../src/main/core/db/openDatabase'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import { searchIndexStore } from '../../src/main/core/library/searchIndexStore'
import { searchLibrary } from '../../src/main/core/library/searchLibrary'
import type { Library } from '../../src/main/core/library/types'
import { foldText } from '../../src/main/core/text/foldText'
import { compileTerm } from '../../src/main/core/search/matchTerm'
import {
  parseQuery,
  withFiltersAsTerms,
  type ParsedQuery,
  type QueryFilter,
} from '../../src/main/core/search/parseQuery'
import { MAX_STORY_MATCHES, storyMatches } from '../../src/main/core/search/storyMatches'
import type { SearchBackend } from '../../src/main/core/search/types'
import type { SearchHit, Story } from '../../src/shared/types'
import { tempDir } from './tempDir'

// One page, one story: CJK with Chinese quotes, a literal `tag:工会`, and Latin in both widths.
const PAGE = [
  '工会快讯',
  '',
  '工会帮扶“两节”送温暖',
  '',
  '□本报记者 林晓',
  '',
  '“两节”期间，市总工会开展帮扶送温暖活动。标签写作tag:工会，只是文字。',
  '',
  'The UNION met on Monday; the Trade Union of ＵＮＩＯＮ workers helped too.',
  '',
].join('\n')

type Ranges = Array<[number, number]>
const texts = (text: string, ranges: Ranges): string[] => ranges.map(([s, e]) => text.slice(s, e))

describe('search hits carry what they matched', () => {
  let temp: ReturnType<typeof tempDir>
  let library: Library
  let story: Story

  beforeEach(() => {
    temp = tempDir('matches')
    library = openLibrary(join(temp.dir, 'library'))
    library.importUploads([{ name: '快讯.txt', bytes: Buffer.from(PAGE, 'utf8') }])
    const [summary] = library.listStories()
    story = library.getStory(summary.id)!
  })
  afterEach(() => {
    library.close()
    temp.remove()
  })

  const hitFor = (query: string): SearchHit => {
    const hit = library.search(query).find((h) => h.id === story.id)
    if (!hit) throw new Error(`no hit for ${query}`)
    return hit
  }
  const marked = (query: string) => {
    const hit = hitFor(query)
    return {
      title: texts(story.title, hit.titleMatches),
      byline: texts(story.byline ?? '', hit.bylineMatches),
      body: texts(story.body, hit.bodyMatches),
    }
  }

  it('marks the words of `tag:工会 帮扶`, never the filter, even where the text holds it', () => {
    library.addTags([story.id], ['工会'])
    expect(story.body).toContain('tag:工会')
    expect(marked('tag:工会 帮扶')).toEqual({ title: ['帮扶'], byline: [], body: ['帮扶'] })
    const filterAt = story.body.indexOf('tag:工会')
    const { bodyMatches } = hitFor('tag:工会 帮扶')
    expect(bodyMatches.some(([s, e]) => s < filterAt + 6 && e > filterAt)).toBe(false)
  })

  it('marks Chinese-quoted words without their quotes', () => {
    expect(marked('“两节” 送温暖')).toEqual({
      title: ['两节', '送温暖'],
      byline: [],
      body: ['两节', '送温暖'],
    })
  })

  it('marks full-width Latin queries in the text as stored, in either width and any case', () => {
    expect(marked('ＵＮＩＯＮ').body).toEqual(['UNION', 'Union', 'ＵＮＩＯＮ'])
    expect(marked('union').body).toEqual(['UNION', 'Union', 'ＵＮＩＯＮ'])
  })

  it('marks the included words of `-困难 工会` and nothing for the excluded one', () => {
    const found = marked('-困难 工会')
    expect(found.title).toEqual(['工会'])
    expect(found.body).toEqual(['工会', '工会'])
    expect(library.search('-工会 帮扶')).toEqual([])
  })

  it('marks a phrase with a space as one match, and the byline when the words are there', () => {
    expect(marked('"trade union"').body).toEqual(['Trade Union'])
    expect(marked('林晓 帮扶')).toEqual({ title: ['帮扶'], byline: ['林晓'], body: ['帮扶'] })
  })

  it('gives a filter-only hit no matches, and a note hit the matches in its story text', () => {
    library.addTags([story.id], ['工会'])
    expect(hitFor('tag:工会')).toMatchObject({ titleMatches: [], bodyMatches: [] })
    library.saveNote(story.id, '周报素材')
    const hit = hitFor('周报 帮扶')
    expect(hit.matchedIn).toBe('annotation')
    expect(texts(story.body, hit.bodyMatches)).toEqual(['帮扶'])
  })

  it('answers the parse it is handed: the backend gets unknown filters as terms of it', () => {
    library.addTags([story.id], ['工会'])
    const db = openDatabase(join(library.dir, LIBRARY_FILE))
    try {
      const repos = createRepos(db)
      const received: ParsedQuery[] = []
      // The library's own backend, listening in.
      const index = searchIndexStore(repos)
      const backend: SearchBackend = {
        search: (query, options) => {
          received.push(query)
          return index.search(query, options)
        },
        upsert: () => {},
        remove: () => {},
        rebuild: () => {},
      }
      const tag: QueryFilter = { key: 'tag', value: '工会', isNegated: false }
      const note: QueryFilter = { key: 'note', value: 'Draft  One', isNegated: true }
      // Built by hand, not parsed: searchLibrary parses nothing itself.
      const { total, hits } = searchLibrary(
        repos,
        backend,
      )({ include: ['帮扶'], exclude: [], filters: [tag, note] })
      expect(hits.map((h) => h.id)).toEqual([story.id])
      expect(total).toBe(1)
      expect(received).toEqual([{ include: ['帮扶'], exclude: ['note:draft one'], filters: [tag] }])
      expect(hits[0]).toEqual(library.search('tag:工会 帮扶 -note:"Draft  One"')[0])
    } finally {
      db.close()
    }
  })
})

describe('withFiltersAsTerms', () => {
  it('reads a filter as the quoted phrase `"key:value"` would parse', () => {
    for (const query of ['note:Draft', '-todo:"Later  Today"', 'x:ＡＢＣ', 'note:“两节”']) {
      const parsed = parseQuery(query)
      const quoted = parsed.filters.map((f) => `${f.isNegated ? '-' : ''}"${f.key}:${f.value}"`)
      const { include, exclude } = parseQuery(quoted.join(' '))
      expect(withFiltersAsTerms(parsed, parsed.filters)).toEqual({ include, exclude, filters: [] })
    }
  })

  it('adds no term twice and keeps the filters it was not given', () => {
    const parsed = parseQuery('note:a "note:a" tag:工会')
    expect(withFiltersAsTerms(parsed, [parsed.filters[0]])).toEqual({
      include: ['note:a'],
      exclude: [],
      filters: [parsed.filters[1]],
    })
  })
})

describe('storyMatches', () => {
  const fold = (title: string, body: string) => ({
    title: foldText(title),
    byline: '',
    body: foldText(body),
  })

  it('merges overlapping terms into one range and keeps touching ones apart', () => {
    const matchers = ['工会', '总工会'].map(compileTerm)
    expect(storyMatches(fold('', '市总工会，工会工会'), matchers).bodyMatches).toEqual([
      [1, 4],
      [5, 7],
      [7, 9],
    ])
  })

  it('caps the ranges of one hit', () => {
    const found = storyMatches(fold('的的', '的'.repeat(5000)), [compileTerm('的')])
    expect(found.titleMatches).toHaveLength(2)
    expect(found.bodyMatches).toHaveLength(MAX_STORY_MATCHES - 2)
  })
})
