import type { Database } from 'better-sqlite3'
import type { Repos } from '../db/createRepos'
import type { SearchIndexStore } from './searchIndexStore'

/** What the parts of a library share: one database, its repositories, the clock, the index. */
export interface LibraryContext {
  db: Database
  repos: Repos
  now: () => Date
  index: SearchIndexStore
}
