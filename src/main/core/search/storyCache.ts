import type { Database } from 'better-sqlite3'
import { searchEpoch } from '../db/searchEpoch'
import type { StoryId } from '../../../shared/ids'
import { foldText } from '../text/foldText'
import type { IndexableStory, StoryLookup } from './types'

/** A story's fields folded for matching (see foldText). */
export interface FoldedFields {
  title: string
  byline: string
  body: string
}

// Folded fields per story object: a story the cache hands out again is folded once.
const foldedMemo = new WeakMap<IndexableStory, FoldedFields>()

/** The story's folded fields, worked out once per story object. */
export function foldedFields(story: IndexableStory): FoldedFields {
  let folded = foldedMemo.get(story)
  if (folded === undefined) {
    folded = {
      title: foldText(story.title),
      byline: foldText(story.byline ?? ''),
      body: foldText(story.body),
    }
    foldedMemo.set(story, folded)
  }
  return folded
}

/** Stories read for search, kept between searches while the database is as it was. */
export interface StoryCache {
  /**
   * Empties the cache if the database changed since it was filled: call inside each read
   * snapshot, after its first read (the snapshot then holds), before any lookup.
   */
  validate(): void
  lookup: StoryLookup
}

/**
 * The last `capacity` stories search read (verifying hits, cutting snippets), with their folded
 * text: typing a query, paging its hits or searching again mostly meets the same stories, and
 * reading a story's text from SQLite costs tens of microseconds. Any change to what search
 * reads (searchEpoch.ts), on any connection, empties it, so a hit is never tested against text
 * that has changed; a saved reading position leaves it as it is.
 */
export function storyCache(db: Database, lookup: StoryLookup, capacity: number): StoryCache {
  const entries = new Map<StoryId, IndexableStory>()
  const epoch = searchEpoch(db)
  let stamp = -1
  return {
    validate: () => {
      const now = epoch()
      if (now === stamp) return
      entries.clear()
      stamp = now
    },
    lookup: (ids) => {
      const missing = ids.filter((id) => !entries.has(id))
      for (const story of missing.length > 0 ? lookup(missing) : []) entries.set(story.id, story)
      const found: IndexableStory[] = []
      for (const id of ids) {
        const story = entries.get(id)
        if (story === undefined) continue
        // Map order is the eviction order: a story used again moves to the end.
        entries.delete(id)
        entries.set(id, story)
        found.push(story)
      }
      for (const oldest of entries.keys()) {
        if (entries.size <= capacity) break
        entries.delete(oldest)
      }
      return found
    },
  }
}
