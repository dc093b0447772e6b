import type { Database } from 'better-sqlite3'
import { readerStateRepo, type ReaderStateRepo } from './readerStateRepo'
import { collectionsRepo, type CollectionsRepo } from './collectionsRepo'
import { correctionsRepo, type CorrectionsRepo } from './correctionsRepo'
import { highlightsRepo, type HighlightsRepo } from './highlightsRepo'
import { notesRepo, type NotesRepo } from './notesRepo'
import { pageRowsRepo, type PageRowsRepo } from './pageRowsRepo'
import { pageSplitRepo, type PageSplitRepo } from './pageSplitRepo'
import { readingStateRepo, type ReadingStateRepo } from './readingStateRepo'
import { searchFactsRepo, type SearchFactsRepo } from './searchFactsRepo'
import { searchIndexRepo, type SearchIndexRepo } from './searchIndexRepo'
import { settingsRepo, type SettingsRepo } from './settingsRepo'
import { sourcesRepo, type SourcesRepo } from './sourcesRepo'
import { storiesRepo, type StoriesRepo } from './storiesRepo'
import { storyOrderRepo, type StoryOrderRepo } from './storyOrderRepo'
import { tagsRepo, type TagsRepo } from './tagsRepo'
import { undoRepo, type UndoRepo } from './undoRepo'

/** All repositories of one library, over one open database. */
export interface Repos {
  db: Database
  sources: SourcesRepo
  stories: StoriesRepo
  storyOrder: StoryOrderRepo
  searchIndex: SearchIndexRepo
  readingState: ReadingStateRepo
  settings: SettingsRepo
  tags: TagsRepo
  highlights: HighlightsRepo
  notes: NotesRepo
  collections: CollectionsRepo
  corrections: CorrectionsRepo
  undo: UndoRepo
  readerState: ReaderStateRepo
  searchFacts: SearchFactsRepo
  pages: PageRowsRepo
  pageSplits: PageSplitRepo
}

/** Every table group's SQL over one open database. */
export function createRepos(db: Database): Repos {
  return {
    db,
    sources: sourcesRepo(db),
    stories: storiesRepo(db),
    storyOrder: storyOrderRepo(db),
    searchIndex: searchIndexRepo(db),
    readingState: readingStateRepo(db),
    settings: settingsRepo(db),
    tags: tagsRepo(db),
    highlights: highlightsRepo(db),
    notes: notesRepo(db),
    collections: collectionsRepo(db),
    corrections: correctionsRepo(db),
    undo: undoRepo(db),
    readerState: readerStateRepo(db),
    searchFacts: searchFactsRepo(db),
    pages: pageRowsRepo(db),
    pageSplits: pageSplitRepo(db),
  }
}
