import type { Collection, StoryNote, UndoTicket } from '../../../shared/annotations'
import type { CollectionId, StoryId } from '../../../shared/ids'
import { LibraryError } from '../errors/LibraryError'
import type { StoreContext } from '../db/StoreContext'
import { found, requireStories } from './requireExists'
import { recordUndo } from './recordUndo'
import { writeTransaction } from '../db/writeTransaction'

const collator = new Intl.Collator('zh')

/** Collections (ordered reading lists), story notes and favourites. */
export function collectionsOps({ repos, now, db }: StoreContext) {
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

  return {
    setFavorite: (id: StoryId, isFavorite: boolean): void => {
      requireStories(repos, [id])
      repos.readingState.setFavorite(id, isFavorite)
    },
    getNote: (storyId: StoryId): StoryNote | null => {
      requireStories(repos, [storyId])
      return repos.notes.get(storyId)
    },
    saveNote: (storyId: StoryId, markdown: string): StoryNote | null => {
      requireStories(repos, [storyId])
      if (markdown.trim().length === 0) {
        repos.notes.remove(storyId)
        return null
      }
      repos.notes.put(storyId, markdown, now().toISOString())
      return repos.notes.get(storyId)
    },
    listCollections: (): Collection[] =>
      repos.collections.list().sort((a, b) => collator.compare(a.name, b.name)),
    createCollection: (name: string): Collection =>
      writeTransaction(db, () =>
        get(repos.collections.insert(cleanName(name), now().toISOString())),
      ),
    renameCollection: (id: CollectionId, name: string): Collection =>
      writeTransaction(db, () => {
        get(id)
        repos.collections.rename(id, cleanName(name, id))
        return get(id)
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
    addToCollection: (id: CollectionId, storyIds: StoryId[]): void =>
      writeTransaction(db, () => {
        get(id)
        requireStories(repos, storyIds)
        const at = now().toISOString()
        for (const storyId of storyIds) repos.collections.append(id, storyId, at)
      }),
    removeFromCollection: (id: CollectionId, storyIds: StoryId[]): void =>
      writeTransaction(db, () => {
        get(id)
        for (const storyId of storyIds) repos.collections.removeItem(id, storyId)
      }),
    reorderCollection: (id: CollectionId, storyIds: StoryId[]): void =>
      writeTransaction(db, () => {
        get(id)
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
