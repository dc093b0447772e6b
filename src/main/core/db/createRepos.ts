import type { Database } from 'better-sqlite3'
import { readingStateRepo, type ReadingStateRepo } from './readingStateRepo'
import { searchIndexRepo, type SearchIndexRepo } from './searchIndexRepo'
import { settingsRepo, type SettingsRepo } from './settingsRepo'
import { sourcesRepo, type SourcesRepo } from './sourcesRepo'
import { storiesRepo, type StoriesRepo } from './storiesRepo'

/** All repositories of one library, over one open database. */
export interface Repos {
  db: Database
  sources: SourcesRepo
  stories: StoriesRepo
  searchIndex: SearchIndexRepo
  readingState: ReadingStateRepo
  settings: SettingsRepo
}

/** Every table group's SQL over one open database. */
export function createRepos(db: Database): Repos {
  return {
    db,
    sources: sourcesRepo(db),
    stories: storiesRepo(db),
    searchIndex: searchIndexRepo(db),
    readingState: readingStateRepo(db),
    settings: settingsRepo(db),
  }
}
