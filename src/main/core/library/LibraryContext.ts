import type { StoreContext } from '../db/StoreContext'
import type { SearchIndexStore } from './searchIndexStore'

/** What the parts of a library share: the store, the clock and the search index. */
export interface LibraryContext extends StoreContext {
  index: SearchIndexStore
}
