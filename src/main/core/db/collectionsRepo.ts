import type { Database } from 'better-sqlite3'
import type { Collection } from '../../../shared/annotations'
import { asCollectionId, asStoryId, type CollectionId, type StoryId } from '../../../shared/ids'

interface Row {
  id: number
  name: string
  created_at: string
  story_count: number
}

const toCollection = (row: Row): Collection => ({
  id: asCollectionId(row.id),
  name: row.name,
  storyCount: row.story_count,
  createdAt: row.created_at,
})

const SELECT = `SELECT c.id, c.name, c.created_at,
  (SELECT COUNT(*) FROM collection_items i WHERE i.collection_id = c.id) AS story_count
  FROM collections c`

/** SQL for collections and their ordered items. */
export function collectionsRepo(db: Database) {
  const all = db.prepare<[], Row>(SELECT)
  const byId = db.prepare<[number], Row>(`${SELECT} WHERE c.id = ?`)
  const byName = db.prepare<[string], Row>(`${SELECT} WHERE c.name = ? COLLATE NOCASE`)
  const insert = db.prepare<[string, string]>(
    'INSERT INTO collections (name, created_at) VALUES (?, ?)',
  )
  const rename = db.prepare<[string, number]>('UPDATE collections SET name = ? WHERE id = ?')
  const remove = db.prepare<[number]>('DELETE FROM collections WHERE id = ?')
  const items = db
    .prepare<[number], string>(
      'SELECT story_id FROM collection_items WHERE collection_id = ? ORDER BY position',
    )
    .pluck()
  const maxPosition = db
    .prepare<[number], number | null>(
      'SELECT MAX(position) FROM collection_items WHERE collection_id = ?',
    )
    .pluck()
  const addItem = db.prepare<[number, string, number, string]>(`
    INSERT OR IGNORE INTO collection_items (collection_id, story_id, position, added_at)
    VALUES (?, ?, ?, ?)`)
  const removeItem = db.prepare<[number, string]>(
    'DELETE FROM collection_items WHERE collection_id = ? AND story_id = ?',
  )
  const setPosition = db.prepare<[number, number, string]>(
    'UPDATE collection_items SET position = ? WHERE collection_id = ? AND story_id = ?',
  )
  const ofStory = db
    .prepare<[string], number>(
      'SELECT collection_id FROM collection_items WHERE story_id = ? ORDER BY collection_id',
    )
    .pluck()

  return {
    list: (): Collection[] => all.all().map(toCollection),
    byId: (id: CollectionId): Collection | null => {
      const row = byId.get(id)
      return row ? toCollection(row) : null
    },
    byName: (name: string): Collection | null => {
      const row = byName.get(name)
      return row ? toCollection(row) : null
    },
    insert: (name: string, createdAt: string): CollectionId =>
      asCollectionId(Number(insert.run(name, createdAt).lastInsertRowid)),
    rename: (id: CollectionId, name: string): void => {
      rename.run(name, id)
    },
    remove: (id: CollectionId): void => {
      remove.run(id)
    },
    items: (id: CollectionId): StoryId[] => items.all(id).map(asStoryId),
    append: (id: CollectionId, storyId: StoryId, addedAt: string): void => {
      addItem.run(id, storyId, (maxPosition.get(id) ?? 0) + 1, addedAt)
    },
    removeItem: (id: CollectionId, storyId: StoryId): void => {
      removeItem.run(id, storyId)
    },
    setPosition: (id: CollectionId, storyId: StoryId, position: number): void => {
      setPosition.run(position, id, storyId)
    },
    ofStory: (storyId: StoryId): CollectionId[] => ofStory.all(storyId).map(asCollectionId),
  }
}

/** The collections repository's shape. */
export type CollectionsRepo = ReturnType<typeof collectionsRepo>
