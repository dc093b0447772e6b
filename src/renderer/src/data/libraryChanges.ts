import type { Events } from '../../../shared/contract'
import { api } from './api'
import { ALL_TOPICS, invalidateTopics, type Topic } from './queryCache'

type Reason = Events['library:changed']['reason']

// What each kind of change can alter. A highlight changes the story's marks in the list and
// its highlights, not the story's text, nor which stories a list holds or their order (so the
// ids stay and only the rows are fetched again); a favourite changes the row, the reader's star
// and the Favourites list.
const TOPICS_OF: Record<Reason, readonly Topic[]> = {
  import: ALL_TOPICS,
  remove: ALL_TOPICS,
  replace: ALL_TOPICS,
  corrections: ALL_TOPICS,
  undo: ALL_TOPICS,
  // A restore (merge or replace) can add to or change every kind of row.
  restore: ALL_TOPICS,
  update: ['stories', 'storyRows', 'story', 'search'],
  tags: ['tags', 'stories', 'storyRows', 'story', 'highlights', 'search'],
  highlights: ['highlights', 'storyRows', 'search'],
  notes: ['notes', 'storyRows', 'search'],
  collections: ['collections', 'stories', 'storyRows', 'story'],
}

// Changes arrive in bursts (an import reports per file): coalesce them so a 10,000-story list
// is fetched once per burst.
const BURST_MS = 40
let pending = new Set<Topic>()
let timer: ReturnType<typeof setTimeout> | undefined

/** Invalidates what a change of this kind can alter, once per burst of changes. */
export const announceChange = (topics: readonly Topic[]): void => {
  for (const topic of topics) pending.add(topic)
  clearTimeout(timer)
  timer = setTimeout(() => {
    const due = [...pending]
    pending = new Set()
    invalidateTopics(due)
  }, BURST_MS)
}

/** The topics a change reported by main invalidates. */
export const topicsOf = (reason: Reason): readonly Topic[] => TOPICS_OF[reason] ?? ALL_TOPICS

// Main tells every window (and web-mode tab) what changed; each change invalidates its topics.
api.onLibraryChanged(({ reason }) => announceChange(topicsOf(reason)))
