import type { Repos } from '../db/createRepos'
import type { StoryId } from '../../../shared/ids'
import {
  buildSearchIndex,
  createSearchIndexBuilder,
  loadSearchIndex,
  SEARCH_INDEX_VERSION,
} from '../search/searchIndex'
import { sealIndex, unsealIndex } from '../search/sealIndex'
import type { SearchIndex } from '../search/types'

/** A search index and the library generation of the stories it was built from. */
export interface IndexSnapshot {
  generation: number
  index: SearchIndex
}

/**
 * Builds the index from every story. The stories and the generation are read in one read
 * transaction, so the snapshot is labelled with exactly the generation its stories had.
 */
export function buildIndexSnapshot(repos: Repos): IndexSnapshot {
  return repos.db.transaction(() => ({
    generation: repos.searchIndex.libraryGeneration(),
    index: buildSearchIndex(repos.stories.iterateIndexable(), repos.stories.lookup),
  }))()
}

/** How far a rebuild has got, in stories. */
export interface IndexProgress {
  done: number
  total: number
}

// Small enough that a pause comes every few milliseconds, large enough to keep lookups cheap.
const STEP = 50

/**
 * Builds the index in steps, pausing between them (so a host's event loop serves the reader
 * and reports progress). Null when the library changed meanwhile: such an index would be
 * labelled with a generation its stories no longer have.
 */
export async function buildIndexSnapshotInSteps(
  repos: Repos,
  pause: () => Promise<void>,
  onProgress?: (progress: IndexProgress) => void,
): Promise<IndexSnapshot | null> {
  const { generation, ids } = repos.db.transaction(() => ({
    generation: repos.searchIndex.libraryGeneration(),
    ids: repos.stories.idsInLibraryOrder(),
  }))()
  const builder = createSearchIndexBuilder(repos.stories.lookup)
  onProgress?.({ done: 0, total: ids.length })
  for (let start = 0; start < ids.length; start += STEP) {
    const chunk: StoryId[] = ids.slice(start, start + STEP)
    const byId = new Map(repos.stories.lookup(chunk).map((story) => [story.id, story]))
    for (const id of chunk) {
      const story = byId.get(id)
      if (story) builder.add(story)
    }
    onProgress?.({ done: Math.min(start + STEP, ids.length), total: ids.length })
    await pause()
    if (repos.searchIndex.libraryGeneration() !== generation) return null
  }
  return { generation, index: builder.finish() }
}

/**
 * Stores a snapshot, unless the library has moved on since it was read: then another
 * connection may already hold (or be storing) a newer index, which an older one must never
 * overwrite. True when stored. The check and the write share one IMMEDIATE transaction.
 */
export function storeIndexSnapshot(repos: Repos, snapshot: IndexSnapshot): boolean {
  // Serialised before the write lock is taken: it is the slow part.
  const json = sealIndex(snapshot.index.serialize())
  return repos.db
    .transaction(() => {
      if (repos.searchIndex.libraryGeneration() !== snapshot.generation) return false
      repos.searchIndex.put({
        version: SEARCH_INDEX_VERSION,
        generation: snapshot.generation,
        json,
      })
      return true
    })
    .immediate()
}

/** True when the stored index is of this version and the library's current generation. */
export function isStoredIndexCurrent(repos: Repos): boolean {
  const stamp = repos.searchIndex.stamp()
  return (
    stamp !== null &&
    stamp.version === SEARCH_INDEX_VERSION &&
    stamp.generation === repos.searchIndex.libraryGeneration()
  )
}

/**
 * The stored index when it is of this version and the current generation; null when there is
 * none such (missing or stale). Throws when it is damaged.
 */
export function loadIndexSnapshot(repos: Repos): IndexSnapshot | null {
  const stored = repos.db.transaction(() =>
    isStoredIndexCurrent(repos) ? repos.searchIndex.get() : null,
  )()
  if (stored === null) return null
  const index = loadSearchIndex(unsealIndex(stored.json), repos.stories.lookup)
  return { generation: stored.generation, index }
}
