import type { StoryId } from '../../../shared/ids'
import type { SearchHit } from '../../../shared/types'

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
}

/** A built search index: answers queries exactly and serialises for storage. */
export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchHit[]
  /** JSON for storing in the library, so opening it does not rebuild. */
  serialize(): string
}
