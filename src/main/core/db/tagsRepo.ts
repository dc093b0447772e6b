import type { Database } from 'better-sqlite3'
import type { TagColor, TagRef, TagSummary } from '../../../shared/annotations'
import { asTagId, type HighlightId, type StoryId, type TagId } from '../../../shared/ids'

interface TagRow {
  id: number
  name: string
  color: TagColor
}

const toRef = (row: TagRow): TagRef => ({ id: asTagId(row.id), name: row.name, color: row.color })

/** SQL for tags and their links to stories and highlights. */
export function tagsRepo(db: Database) {
  const summaries = db.prepare<[], TagRow & { story_count: number; highlight_count: number }>(`
    SELECT t.id, t.name, t.color,
      (SELECT COUNT(*) FROM story_tags st WHERE st.tag_id = t.id) AS story_count,
      (SELECT COUNT(*) FROM highlight_tags ht WHERE ht.tag_id = t.id) AS highlight_count
    FROM tags t`)
  const byName = db.prepare<[string], TagRow>(
    'SELECT id, name, color FROM tags WHERE name = ? COLLATE NOCASE',
  )
  const byId = db.prepare<[number], TagRow>('SELECT id, name, color FROM tags WHERE id = ?')
  const count = db.prepare<[], number>('SELECT COUNT(*) FROM tags').pluck()
  const insert = db.prepare<[string, string, string]>(
    'INSERT INTO tags (name, color, created_at) VALUES (?, ?, ?)',
  )
  const update = db.prepare<[string, string, number]>(
    'UPDATE tags SET name = ?, color = ? WHERE id = ?',
  )
  const remove = db.prepare<[number]>('DELETE FROM tags WHERE id = ?')
  const tagStory = db.prepare<[string, number, string]>(
    'INSERT OR IGNORE INTO story_tags (story_id, tag_id, created_at) VALUES (?, ?, ?)',
  )
  const untagStory = db.prepare<[string, number]>(
    'DELETE FROM story_tags WHERE story_id = ? AND tag_id = ?',
  )
  const ofStory = db.prepare<[string], TagRow>(`
    SELECT t.id, t.name, t.color FROM story_tags st JOIN tags t ON t.id = st.tag_id
    WHERE st.story_id = ? ORDER BY t.name`)
  const ofHighlight = db.prepare<[string], TagRow>(`
    SELECT t.id, t.name, t.color FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id
    WHERE ht.highlight_id = ? ORDER BY t.name`)
  const clearHighlight = db.prepare<[string]>('DELETE FROM highlight_tags WHERE highlight_id = ?')
  const tagHighlight = db.prepare<[string, number]>(
    'INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)',
  )

  return {
    summaries: (): TagSummary[] =>
      summaries.all().map((row) => ({
        ...toRef(row),
        storyCount: row.story_count,
        highlightCount: row.highlight_count,
      })),
    byName: (name: string): TagRef | null => {
      const row = byName.get(name)
      return row ? toRef(row) : null
    },
    byId: (id: TagId): TagRef | null => {
      const row = byId.get(id)
      return row ? toRef(row) : null
    },
    count: (): number => count.get() ?? 0,
    insert: (name: string, color: TagColor, createdAt: string): TagId =>
      asTagId(Number(insert.run(name, color, createdAt).lastInsertRowid)),
    update: (id: TagId, name: string, color: TagColor): void => {
      update.run(name, color, id)
    },
    remove: (id: TagId): void => {
      remove.run(id)
    },
    tagStory: (storyId: StoryId, tagId: TagId, at: string): void => {
      tagStory.run(storyId, tagId, at)
    },
    untagStory: (storyId: StoryId, tagId: TagId): void => {
      untagStory.run(storyId, tagId)
    },
    ofStory: (storyId: StoryId): TagRef[] => ofStory.all(storyId).map(toRef),
    ofHighlight: (id: HighlightId): TagRef[] => ofHighlight.all(id).map(toRef),
    setHighlightTags: (id: HighlightId, tagIds: TagId[]): void => {
      clearHighlight.run(id)
      for (const tagId of tagIds) tagHighlight.run(id, tagId)
    },
  }
}

/** The tags repository's shape. */
export type TagsRepo = ReturnType<typeof tagsRepo>
