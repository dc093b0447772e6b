import type { StoredStoryKey } from '../db/storiesRepo'

/** How a freshly split story relates to the stories its file held before. */
export interface StoryMatch {
  /** The stored story it replaces (keeping that id), or null for a new story. */
  previous: StoredStoryKey | null
  /** True when the stored story had the same body. */
  isUnchanged: boolean
}

/**
 * Pairs new stories with stored ones so ids (and everything keyed by them: read state, later
 * highlights and tags) survive a re-import: first by identical body, then by identical title.
 */
export function matchStories(
  stored: StoredStoryKey[],
  next: Array<{ title: string; textHash: string }>,
): { matches: StoryMatch[]; removed: StoredStoryKey[] } {
  const unused = new Set(stored)
  const matches: StoryMatch[] = next.map(() => ({ previous: null, isUnchanged: false }))

  const take = (index: number, isSame: (old: StoredStoryKey) => boolean, isUnchanged: boolean) => {
    for (const old of unused) {
      if (isSame(old)) {
        unused.delete(old)
        matches[index] = { previous: old, isUnchanged }
        return
      }
    }
  }
  next.forEach((story, index) => take(index, (old) => old.textHash === story.textHash, true))
  next.forEach((story, index) => {
    if (matches[index].previous === null) take(index, (old) => old.title === story.title, false)
  })
  return { matches, removed: [...unused] }
}
