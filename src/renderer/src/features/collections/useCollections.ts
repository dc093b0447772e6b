import { api } from '../../app/api'
import { useApiQuery, type QueryState } from '../../app/useApiQuery'
import type { Collection } from '../../../../shared/annotations'

/** Every collection, refreshed after library changes. */
export const useCollections = (): QueryState<Collection[]> =>
  useApiQuery('collections', () => api.collectionsList())
