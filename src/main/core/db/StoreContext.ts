import type { Database } from 'better-sqlite3'
import type { Repos } from './createRepos'

/** What an operation on stored data needs: the connection, its repositories and the clock. */
export interface StoreContext {
  db: Database
  repos: Repos
  now: () => Date
}
