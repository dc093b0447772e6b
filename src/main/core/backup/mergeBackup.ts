import type { RestoreReport } from '../../../shared/exports'
import type { Repos } from '../db/createRepos'
import { mergeByName, mergeCollectionItems, mergeStoryTags } from './mergeLabels'
import { mergeHighlights } from './mergeHighlights'
import { mergeNotes } from './mergeNotes'
import { mergePages } from './mergePages'
import { mergeReaderState } from './mergeReaderState'

/** The counts of a restore, without its mode and safety backup. */
export type RestoreCountsByKind = Omit<RestoreReport, 'mode' | 'safetyBackup'>

/**
 * Merges the attached backup into the library (inside the caller's write transaction): adds
 * what the library lacks, takes the newer version of a highlight or note both hold, and never
 * deletes anything. Stories it adds are queued for the search index by the stories' triggers.
 */
export function mergeBackup(repos: Repos, now: string): RestoreCountsByKind {
  const { db } = repos
  const pages = mergePages(db)
  const tags = mergeByName(db, 'tags')
  const collections = mergeByName(db, 'collections')
  mergeStoryTags(db, pages.stories, tags)
  mergeCollectionItems(db, pages.stories, collections)
  const highlights = mergeHighlights(repos, pages.stories, tags, now)
  const notes = mergeNotes(db, pages.stories)
  mergeReaderState(db, pages.stories, pages.addedPages)
  return {
    pages: pages.pages,
    stories: pages.storyCounts,
    highlights,
    notes,
    tags: tags.counts,
    collections: collections.counts,
  }
}
