import type { LibraryHealth } from '../../shared/health'

/** What the indexer thread is started with. */
export interface IndexerData {
  /** The library's database file. */
  file: string
  /** better-sqlite3's addon for this runtime, as the main thread uses it. */
  nativeBinding?: string
}

/** What the host asks of the indexer thread: index the queue, or check the database file. */
export type IndexerRequest = 'index' | 'check'

/** What the indexer thread reports. */
export type IndexerMessage =
  | { type: 'progress'; done: number; total: number }
  /** A pass ended with nothing more asked: `handled` index requests have been worked off. */
  | { type: 'idle'; handled: number }
  | { type: 'error'; message: string }
  | { type: 'health'; health: LibraryHealth }
