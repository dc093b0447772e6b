import { api } from '../../data/api'
import type { QueryDef } from '../../data/queryCache'
import { useQuery, type QueryState } from '../../data/useQuery'
import type { Collection } from '../../../../shared/annotations'

/** The request for every collection, shared with the first screen's preload. */
export const collectionsQuery: QueryDef<Collection[]> = {
  key: 'collections',
  topics: ['collections'],
  load: () => api.collectionsList(),
}

/** Every collection, refreshed after library changes. */
export const useCollections = (): QueryState<Collection[]> =>
  useQuery(collectionsQuery.key, collectionsQuery.topics, collectionsQuery.load)
