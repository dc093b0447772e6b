import type { SearchHit } from '../../../shared/types'
import type { Repos } from '../db/createRepos'
import { buildSearchIndex, loadSearchIndex, SEARCH_INDEX_VERSION } from '../search/searchIndex'
import type { SearchIndex, SearchOptions } from '../search/types'

/** The library's search index: loaded from the database, rebuilt when stories change. */
export interface SearchIndexStore {
  search(query: string, options?: SearchOptions): SearchHit[]
  /** Rebuilds from every story and stores the result. */
  rebuild(): void
}

/** Loads the stored index (rebuilding it when missing or of another version). */
export function searchIndexStore(repos: Repos): SearchIndexStore {
  const lookup = repos.stories.lookup

  const rebuild = (): SearchIndex => {
    const index = buildSearchIndex(repos.stories.allIndexable(), lookup)
    repos.searchIndex.put({ version: SEARCH_INDEX_VERSION, json: index.serialize() })
    return index
  }

  const load = (): SearchIndex => {
    const stored = repos.searchIndex.get()
    if (stored && stored.version === SEARCH_INDEX_VERSION)
      return loadSearchIndex(stored.json, lookup)
    return rebuild()
  }

  // data_version moves only when another connection commits (the CLI importing while the app
  // is open): then our in-memory index may be stale and is reloaded from the database.
  const dataVersion = (): number => repos.db.pragma('data_version', { simple: true }) as number
  let index = load()
  let seenVersion = dataVersion()

  return {
    search: (query, options) => {
      const version = dataVersion()
      if (version !== seenVersion) {
        index = load()
        seenVersion = dataVersion()
      }
      return index.search(query, options)
    },
    rebuild: () => {
      index = rebuild()
    },
  }
}
