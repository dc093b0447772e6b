import lunr from 'lunr'
import { asStoryId } from '../../../shared/ids'
import { foldText } from './foldText'
import { runSearch, type IndexState } from './runSearch'
import { tokenize } from './tokenize'
import type { IndexableStory, SearchIndex, StoryLookup } from './types'

export type { StoryLookup } from './types'

/** Bumped whenever tokens or the stored layout change; the store rebuilds on a mismatch. */
export const SEARCH_INDEX_VERSION = 3

interface StoredIndex {
  version: number
  ids: string[]
  titles: string[]
  lunr: object
}

// Title hits rank first anyway; the boosts order the rest (a writer's name over a mention).
const FIELDS: Array<[name: 'title' | 'byline' | 'body', boost: number]> = [
  ['title', 10],
  ['byline', 2],
  ['body', 1],
]

// Our tokenizer hands lunr final terms. Of lunr-languages' zh plugin only the segmenter is used
// (for ranking words, see tokenize.ts): alone its tokenizer, jieba's `cut`, hides 工会 inside
// 总工会; its trimmer knows only \w and U+4E00-9FA5 (trims é or 㐀 to an empty term); its stop
// words would make 的 unfindable; and the English stemmer it leaves in the search pipeline
// breaks symmetry. So the pipelines stay empty and CJK bigrams guarantee exact recall.
// The terms go to lunr as plain strings, not lunr.Tokens: with empty pipelines and no metadata
// lunr only uses them as keys, and a page of millions of terms then costs no object per term.
const tokenizeField = ((value: unknown) =>
  tokenize(typeof value === 'string' ? value : '')) as unknown as typeof lunr.tokenizer

const createIndex = (state: IndexState, lookup: StoryLookup): SearchIndex => ({
  search: (query, options) => runSearch(state, lookup, query, options),
  serialize: () => {
    const stored: StoredIndex = {
      version: SEARCH_INDEX_VERSION,
      ids: state.ids,
      titles: state.titles,
      lunr: state.lunr.toJSON(),
    }
    return JSON.stringify(stored)
  },
})

/** An index being built a story at a time (a host can pause between stories and report progress). */
export interface SearchIndexBuilder {
  add(story: IndexableStory): void
  finish(): SearchIndex
}

/** Indexes stories (title, byline, cleaned body) for exact CJK and English search. */
export function buildSearchIndex(
  stories: Iterable<IndexableStory>,
  lookup: StoryLookup,
): SearchIndex {
  const builder = createSearchIndexBuilder(lookup)
  for (const story of stories) builder.add(story)
  return builder.finish()
}

/** Starts an index that stories are added to one by one, then finished once. */
export function createSearchIndexBuilder(lookup: StoryLookup): SearchIndexBuilder {
  // A bare Builder has empty pipelines: no stemmer, no stop words, no trimmer, on either side.
  const builder = new lunr.Builder()
  builder.ref('ref')
  for (const [name, boost] of FIELDS) builder.field(name, { boost })
  // No term positions: verification and snippets work on the stored text, and they would
  // multiply the serialized size.
  builder.metadataWhitelist = []
  builder.tokenizer = tokenizeField
  const state: Omit<IndexState, 'lunr'> = { ids: [], titles: [] }
  return {
    add: (story) => {
      // Short base-36 refs instead of story ids: every posting repeats its ref.
      const ref = state.ids.length.toString(36)
      const title = foldText(story.title)
      state.ids.push(story.id)
      state.titles.push(title)
      builder.add({ ref, title, byline: foldText(story.byline ?? ''), body: foldText(story.body) })
    },
    finish: () => createIndex({ ...state, lunr: builder.build() }, lookup),
  }
}

const isStoredIndex = (value: unknown): value is StoredIndex => {
  if (typeof value !== 'object' || value === null) return false
  const { ids, titles, lunr: index } = value as Partial<StoredIndex>
  return (
    Array.isArray(ids) &&
    Array.isArray(titles) &&
    ids.length === titles.length &&
    typeof index === 'object' &&
    index !== null
  )
}

/** Restores an index from serialize() output without re-tokenizing; throws on another version. */
export function loadSearchIndex(json: string, lookup: StoryLookup): SearchIndex {
  const stored: unknown = JSON.parse(json)
  const version = (stored as Partial<StoredIndex> | null)?.version
  if (version !== SEARCH_INDEX_VERSION) {
    throw new Error(`search index version ${version}, expected ${SEARCH_INDEX_VERSION}: rebuild it`)
  }
  if (!isStoredIndex(stored)) throw new Error('search index is malformed: rebuild it')
  return createIndex(
    { ids: stored.ids.map(asStoryId), titles: stored.titles, lunr: lunr.Index.load(stored.lunr) },
    lookup,
  )
}
