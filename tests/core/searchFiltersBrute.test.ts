import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { StoryId } from '../../src/shared/ids'
import { LIBRARY_FILE } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { bruteSearch } from './bruteSearch'
import { pendingCount } from './indexContents'
import { random, storiesOf, useSearchCorpus } from './searchCorpus'

// Filtered search against a brute-force answer on the generated corpus, with read, favourite,
// tag, highlight, note and collection states drawn at random: what the filters keep is worked
// out here from the states set, the words from the stored text.

const corpus = useSearchCorpus()

/** The states set on the stories, as the test knows them. */
interface States {
  read: Set<StoryId>
  favorite: Set<StoryId>
  // Tag name (lower case) -> stories tagged, or with a highlight tagged, so.
  tags: Map<string, Set<StoryId>>
  tagged: Set<StoryId>
  yellow: Set<StoryId>
  green: Set<StoryId>
  highlighted: Set<StoryId>
  noted: Set<StoryId>
  collected: Set<StoryId>
}

// Tag, note and collection words no corpus query can find (see corpusQueries), so every hit
// is a text hit and the brute-force scan of the text is the whole answer.
const TAGS = ['kx', 'ky']

const setStates = (library: Library, next: () => number): States => {
  const states: States = {
    read: new Set(),
    favorite: new Set(),
    tags: new Map(TAGS.map((tag) => [tag, new Set<StoryId>()])),
    tagged: new Set(),
    yellow: new Set(),
    green: new Set(),
    highlighted: new Set(),
    noted: new Set(),
    collected: new Set(),
  }
  const collection = library.createCollection('kc')
  for (const { id } of library.listStories()) {
    // Some stories have a reading state row left unread: is:unread keeps them too.
    const roll = next()
    if (roll < 0.45) states.read.add(id)
    if (roll < 0.6) library.setRead(id, roll < 0.45)
    if (next() < 0.15) {
      library.setFavorite(id, true)
      states.favorite.add(id)
    }
    if (next() < 0.3) {
      const tag = TAGS[Math.floor(next() * TAGS.length)]
      library.addTags([id], [tag.toUpperCase()])
      states.tags.get(tag)!.add(id)
      states.tagged.add(id)
    }
    if (next() < 0.2) {
      const color = next() < 0.5 ? 'yellow' : 'green'
      // A highlight's tag keeps its story for tag: without tagging the story (has:tag).
      const tags = next() < 0.3 ? ['ky'] : []
      library.createHighlight(id, { start: 0, end: 1, color, tags })
      states[color].add(id)
      states.highlighted.add(id)
      if (tags.length > 0) states.tags.get('ky')!.add(id)
    }
    if (next() < 0.08) {
      library.saveNote(id, 'kz')
      states.noted.add(id)
    }
    if (next() < 0.25) states.collected.add(id)
  }
  library.addToCollection(collection.id, [...states.collected])
  return states
}

/** Each filter as typed, with the stories it keeps. */
const filtersOf = (states: States, all: StoryId[]): Array<[string, Set<StoryId>]> => {
  const not = (kept: Set<StoryId>) => new Set(all.filter((id) => !kept.has(id)))
  return [
    ['is:read', states.read],
    ['is:unread', not(states.read)],
    ['-is:read', not(states.read)],
    ['-is:unread', states.read],
    ['is:favorite', states.favorite],
    ['-is:starred', not(states.favorite)],
    ['tag:KX', states.tags.get('kx')!],
    ['tag:ky', states.tags.get('ky')!],
    ['-tag:ky', not(states.tags.get('ky')!)],
    ['has:tag', states.tagged],
    ['-has:tags', not(states.tagged)],
    ['has:highlight', states.highlighted],
    ['-has:highlights', not(states.highlighted)],
    ['color:yellow', states.yellow],
    ['-colour:绿色', not(states.green)],
    ['has:note', states.noted],
    ['in:kc', states.collected],
    ['-in:KC', not(states.collected)],
    ['tag:nobody', new Set()],
  ]
}

/** Checks filtered queries against the brute-force answer, in the unfiltered order. */
const expectFiltersExact = (library: Library, states: States, next: () => number): number => {
  const stories = storiesOf(library)
  const all = stories.map((story) => story.id)
  const filters = filtersOf(states, all)
  const pick = () => filters[Math.floor(next() * filters.length)]
  let found = 0
  for (const text of corpus.queries.slice(0, 40)) {
    const unfiltered = library.searchPage(text, { limit: 10_000 }).hits.map((hit) => hit.id)
    const brute = bruteSearch(stories, text)
    for (const [typed, kept] of [pick(), pick()]) {
      const query = `${typed} ${text}`
      const page = library.searchPage(query, { limit: 10_000 })
      const ids = page.hits.map((hit) => hit.id)
      const expected = brute.filter((id) => kept.has(id))
      expect({ query, total: page.total, ids: [...ids].sort() }).toEqual({
        query,
        total: expected.length,
        ids: expected,
      })
      // Filters narrow the unfiltered answer without reordering it, and page it cleanly.
      expect(ids).toEqual(unfiltered.filter((id) => kept.has(id)))
      expect(library.searchPage(query, { limit: 3, offset: 2 })).toEqual({
        total: expected.length,
        hits: page.hits.slice(2, 5),
      })
      if (expected.length > 0) found++
    }
  }
  // Two filters at once keep what both keep; a filter alone lists what it keeps in list order.
  for (let at = 0; at < 12; at++) {
    const [[first, a], [second, b]] = [pick(), pick()]
    const query = `${first} ${second}`
    const page = library.searchPage(query, { limit: 10_000 })
    const order = library.listStoryIds()
    expect({ query, ids: page.hits.map((hit) => hit.id), total: page.total }).toEqual({
      query,
      ids: order.filter((id) => a.has(id) && b.has(id)),
      total: order.filter((id) => a.has(id) && b.has(id)).length,
    })
  }
  return found
}

describe('filtered search is exact', () => {
  it('keeps exactly what the states keep, from the index and from the queue', () => {
    const dir = corpus.copyOfCorpus()
    const library = corpus.openAt(dir)
    const next = random(4242)
    const states = setStates(library, next)
    expect(expectFiltersExact(library, states, next)).toBeGreaterThan(20)
    // Edited stories wait in the queue: search reads their text, filtered the same way.
    for (const { id, title } of library.listStories().filter((_, at) => at % 7 === 0)) {
      library.setTitle(id, `${title}工会`)
    }
    expect(pendingCount(join(dir, LIBRARY_FILE))).toBeGreaterThan(20)
    expect(expectFiltersExact(library, states, next)).toBeGreaterThan(20)
    expect(corpus.problems).toEqual([])
  })

  it('sees a state change at once, though what filters keep is kept between searches', () => {
    const dir = corpus.copyOfCorpus()
    const library = corpus.openAt(dir)
    const hits = library.searchPage('is:unread 工', { limit: 10_000 })
    expect(hits.total).toBeGreaterThan(3)
    const [first] = hits.hits
    library.setRead(first.id, true)
    const after = library.searchPage('is:unread 工', { limit: 10_000 })
    expect(after.total).toBe(hits.total - 1)
    expect(after.hits.map((hit) => hit.id)).not.toContain(first.id)
    expect(library.searchPage('is:read 工').hits.map((hit) => hit.id)).toEqual([first.id])
    library.addTags([first.id], ['kx'])
    expect(library.searchPage('tag:kx').hits.map((hit) => hit.id)).toEqual([first.id])
    // A change another connection commits (another window, a worker) is seen too.
    const other = corpus.openAt(dir)
    other.setRead(first.id, false)
    expect(library.searchPage('is:read 工').total).toBe(0)
    expect(library.searchPage('is:unread 工', { limit: 10_000 })).toEqual(hits)
  })
})
