import type { Collection, StoryNote, UndoTicket } from '../../../shared/annotations'
import type { CollectionId, StoryId } from '../../../shared/ids'
import { LibraryError } from '../errors/LibraryError'
import type { StoreContext } from '../db/StoreContext'
import { found, requireStories } from './requireExists'
import { recordUndo } from './recordUndo'
import { rowsWhere, trackUndo } from './trackUndo'
import { writeTransaction } from '../db/writeTransaction'

const collator = new Intl.Collator('zh')

/** Collections (ordered reading lists), story notes and favourites. */
export function collectionsOps(context: StoreContext) {
  const { repos, now, db } = context
  const get = (id: CollectionId): Collection =>
    found(repos.collections.byId(id), 'collectionNotFound', id)

  const cleanName = (name: string, self?: CollectionId): string => {
    const clean = name.trim().replace(/\s+/g, ' ')
    if (clean.length === 0) {
      throw new LibraryError('INVALID_ARGUMENT', 'a collection needs a name', {
        key: 'emptyCollectionName',
      })
    }
    const other = repos.collections.byName(clean)
    if (other && other.id !== self) {
      throw new LibraryError('CONFLICT', `a collection named “${other.name}” already exists`, {
        key: 'collectionNameTaken',
        params: { name: other.name },
      })
    }
    return clean
  }

  // A change to one collection's stories, undoable as one step named after the collection.
  const changeItems = (
    id: CollectionId,
    code: 'addToCollection' | 'removeFromCollection' | 'reorderCollection',
    change: () => void,
  ): void =>
    writeTransaction(db, () => {
      const { name } = get(id)
      trackUndo(
        context,
        [rowsWhere('collection_items', 'collection_id = ?', id)],
        () => ({ code, params: { name } }),
        change,
      )
    })

  return {
    setFavorite: (id: StoryId, isFavorite: boolean): void => {
      requireStories(repos, [id])
      repos.readingState.setFavorite(id, isFavorite)
    },
    getNote: (storyId: StoryId): StoryNote | null => {
      requireStories(repos, [storyId])
      return repos.notes.get(storyId)
    },
    saveNote: (storyId: StoryId, markdown: string): StoryNote | null =>
      writeTransaction(db, () => {
        requireStories(repos, [storyId])
        const title = repos.stories.get(storyId)?.title ?? ''
        // Saves of one note while it is typed are one step of the undo history.
        return trackUndo(
          context,
          [rowsWhere('story_notes', 'story_id = ?', storyId)],
          () => ({ code: 'saveNote', params: { title } }),
          () => {
            if (markdown.trim().length === 0) {
              repos.notes.remove(storyId)
              return null
            }
            repos.notes.put(storyId, markdown, now().toISOString())
            return repos.notes.get(storyId)
          },
          `note:${storyId}`,
        )
      }),
    listCollections: (): Collection[] =>
      repos.collections.list().sort((a, b) => collator.compare(a.name, b.name)),
    createCollection: (name: string): Collection =>
      writeTransaction(db, () =>
        trackUndo(
          context,
          [rowsWhere('collections', '1')],
          (made) => ({ code: 'createCollection', params: { name: made.name } }),
          () => get(repos.collections.insert(cleanName(name), now().toISOString())),
        ),
      ),
    renameCollection: (id: CollectionId, name: string): Collection =>
      writeTransaction(db, () => {
        const from = get(id).name
        return trackUndo(
          context,
          [rowsWhere('collections', 'id = ?', id)],
          (renamed) => ({ code: 'renameCollection', params: { from, to: renamed.name } }),
          () => {
            repos.collections.rename(id, cleanName(name, id))
            return get(id)
          },
        )
      }),
    deleteCollection: (id: CollectionId): UndoTicket =>
      writeTransaction(db, () => {
        const collection = get(id)
        const restore = [
          {
            table: 'collections' as const,
            rows: repos.undo.snapshot('collections', 'id = ?', id),
          },
          {
            table: 'collection_items' as const,
            rows: repos.undo.snapshot('collection_items', 'collection_id = ?', id),
          },
        ]
        repos.collections.remove(id)
        const action = { code: 'deleteCollection' as const, params: { name: collection.name } }
        return recordUndo(repos, now, action, {
          restore,
          remove: [],
        })
      }),
    // A list may name a story many times (the page allows 100,000 ids): each is written once,
    // so a repeated id costs nothing (it took seconds of the main thread before).
    addToCollection: (id: CollectionId, storyIds: StoryId[]): void =>
      changeItems(id, 'addToCollection', () => {
        const unique = [...new Set(storyIds)]
        requireStories(repos, unique)
        const at = now().toISOString()
        for (const storyId of unique) repos.collections.append(id, storyId, at)
      }),
    removeFromCollection: (id: CollectionId, storyIds: StoryId[]): void =>
      changeItems(id, 'removeFromCollection', () => {
        for (const storyId of new Set(storyIds)) repos.collections.removeItem(id, storyId)
      }),
    reorderCollection: (id: CollectionId, storyIds: StoryId[]): void =>
      changeItems(id, 'reorderCollection', () => {
        const current = new Set<string>(repos.collections.items(id))
        const next = new Set<string>(storyIds)
        if (
          next.size !== storyIds.length ||
          next.size !== current.size ||
          ![...next].every((s) => current.has(s))
        ) {
          throw new LibraryError(
            'INVALID_ARGUMENT',
            'a new order must list every story of the collection once',
            { key: 'incompleteOrder' },
          )
        }
        storyIds.forEach((storyId, index) => repos.collections.setPosition(id, storyId, index + 1))
      }),
  }
}
