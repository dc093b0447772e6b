import type { StoryId } from '../../../shared/ids'
import type { SearchPage } from '../../../shared/types'

export type { SearchPage }
import type { ParsedQuery } from './parseQuery'

// The store defines what it hands to search, so the store never depends on search.
export type { IndexableStory } from '../db/storiesRepo'
import type { IndexableStory } from '../db/storiesRepo'

/**
 * Fetches stories by id from the store (unknown ids left out, any order), so search can verify
 * candidates and cut snippets without holding the library's text in memory.
 */
export type StoryLookup = (ids: StoryId[]) => IndexableStory[]

/** Options for one query. */
export interface SearchOptions {
  limit?: number
  /** Hits to pass over before the page starts. */
  offset?: number
  /**
   * Only these stories may be hits (what the query's filters kept): they are narrowed before
   * verification, so the limit counts only stories that can be shown.
   */
  within?: StoryFilter
}

/**
 * The stories a query's filters keep (a set of ids is one). filterStories' filter also tests
 * a story by its number in the index (story_docs.doc): the index then drops its candidates
 * before they are named, and only the page's stories are read.
 */
export interface StoryFilter {
  has(id: StoryId): boolean
  hasDoc?: (doc: number) => boolean
}

/**
 * A search backend: a parsed query in (its terms; filters are answered elsewhere), verified
 * hits out, each with its snippet and matches, and the exact count.
 */
export interface SearchBackend {
  search(query: ParsedQuery, options?: SearchOptions): SearchPage
  /** Stories (by id) that are new or whose text changed; the backend reads what it indexes. */
  upsert(ids: StoryId[]): void
  /** Stories that are gone. */
  remove(ids: StoryId[]): void
  /** Builds the whole index again from the stored stories; never throws. */
  rebuild(): void
}
