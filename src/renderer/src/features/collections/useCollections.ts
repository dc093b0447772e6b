import { api } from '../../data/api'
import { useQuery, type QueryState } from '../../data/useQuery'
import type { Collection } from '../../../../shared/annotations'

/** Every collection, refreshed after library changes. */
export const useCollections = (): QueryState<Collection[]> =>
  useQuery('collections', ['collections'], () => api.collectionsList())
