import type { Database } from 'better-sqlite3'
import type { RestoreCounts } from '../../../shared/exports'
import type { MergedStory } from './mergePages'
import { BACKUP, copyRows, noCounts } from './restoreSql'

/** The backup's tags or collections found in (or added to) the library, by name. */
export interface MergedNames {
  /** Backup id to library id. */
  ids: Map<number, number>
  /** Backup ids of those the merge added. */
  added: Set<number>
  counts: RestoreCounts
}

/**
 * Finds each of the backup's tags or collections in the library by name (as the library
 * compares them, ignoring ASCII case), adding those it lacks. Their integer ids are each
 * library's own, so they never match by id.
 */
export function mergeByName(db: Database, table: 'tags' | 'collections'): MergedNames {
  const merged: MergedNames = { ids: new Map(), added: new Set(), counts: noCounts() }
  const find = db
    .prepare<[string], number>(`SELECT id FROM main."${table}" WHERE name = ? COLLATE NOCASE`)
    .pluck()
  const insert = copyRows(db, table, { skip: ['id'], where: 'id = @id' })
  const rows = db
    .prepare<[], { id: number; name: string }>(
      `SELECT id, name FROM ${BACKUP}."${table}" ORDER BY id`,
    )
    .all()
  for (const row of rows) {
    const local = find.get(row.name)
    if (local !== undefined) {
      merged.ids.set(row.id, local)
      merged.counts.kept++
      continue
    }
    merged.ids.set(row.id, Number(insert.run({ id: row.id }).lastInsertRowid))
    merged.added.add(row.id)
    merged.counts.added++
  }
  return merged
}

/** Adds the backup's story tags the library lacks (a tag already on a story stays as it is). */
export function mergeStoryTags(
  db: Database,
  stories: Map<string, MergedStory>,
  tags: MergedNames,
): void {
  const insert = copyRows(db, 'story_tags', {
    set: { story_id: '@story', tag_id: '@tag' },
    where: 'story_id = @id AND tag_id = @backupTag',
    isOrIgnore: true,
  })
  const rows = db
    .prepare<[], { id: string; backupTag: number }>(
      `SELECT story_id AS id, tag_id AS backupTag FROM ${BACKUP}.story_tags`,
    )
    .all()
  for (const row of rows) {
    // A story the library deleted since has no place to take a tag.
    const story = stories.get(row.id)?.localId
    if (story !== undefined) insert.run({ ...row, story, tag: tags.ids.get(row.backupTag)! })
  }
}

/**
 * Adds the backup's collection items the library lacks: in a collection the merge added, in the
 * backup's order; in one the library had, after its own items, in the backup's order.
 */
export function mergeCollectionItems(
  db: Database,
  stories: Map<string, MergedStory>,
  collections: MergedNames,
): void {
  const insert = copyRows(db, 'collection_items', {
    set: { collection_id: '@collection', story_id: '@story', position: '@position' },
    where: 'collection_id = @backupCollection AND story_id = @id',
    isOrIgnore: true,
  })
  const items = db.prepare<[number], { id: string; position: number }>(
    `SELECT story_id AS id, position FROM ${BACKUP}.collection_items
     WHERE collection_id = ? ORDER BY position`,
  )
  const last = db
    .prepare<[number], number | null>(
      'SELECT max(position) FROM main.collection_items WHERE collection_id = ?',
    )
    .pluck()
  for (const [backupCollection, collection] of collections.ids) {
    const isAdded = collections.added.has(backupCollection)
    let next = (last.get(collection) ?? 0) + 1
    for (const item of items.all(backupCollection)) {
      const story = stories.get(item.id)?.localId
      if (story === undefined) continue
      const position = isAdded ? item.position : next
      const { changes } = insert.run({ backupCollection, collection, story, position, id: item.id })
      if (changes > 0) next++
    }
  }
}
