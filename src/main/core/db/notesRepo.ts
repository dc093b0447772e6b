import type { Database } from 'better-sqlite3'
import type { StoryNote } from '../../../shared/annotations'
import { asStoryId, type SourceId, type StoryId } from '../../../shared/ids'

/** SQL for story notes (Markdown, one per story). */
export function notesRepo(db: Database) {
  const one = db.prepare<[string], { story_id: string; markdown: string; updated_at: string }>(
    'SELECT story_id, markdown, updated_at FROM story_notes WHERE story_id = ?',
  )
  const put = db.prepare<[string, string, string]>(`
    INSERT INTO story_notes (story_id, markdown, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (story_id) DO UPDATE SET markdown = excluded.markdown, updated_at = excluded.updated_at`)
  const remove = db.prepare<[string]>('DELETE FROM story_notes WHERE story_id = ?')

  const removeOfSource = db.prepare<[number]>(
    'DELETE FROM story_notes WHERE story_id IN (SELECT id FROM stories WHERE source_id = ?)',
  )

  return {
    /** Deletes every row of a page's stories (these rows do not cascade). */
    removeOfSource: (sourceId: SourceId): void => {
      removeOfSource.run(sourceId)
    },
    get: (storyId: StoryId): StoryNote | null => {
      const row = one.get(storyId)
      return row
        ? { storyId: asStoryId(row.story_id), markdown: row.markdown, updatedAt: row.updated_at }
        : null
    },
    put: (storyId: StoryId, markdown: string, updatedAt: string): void => {
      put.run(storyId, markdown, updatedAt)
    },
    remove: (storyId: StoryId): void => {
      remove.run(storyId)
    },
  }
}

/** The notes repository's shape. */
export type NotesRepo = ReturnType<typeof notesRepo>
