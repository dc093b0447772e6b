import type { Database } from 'better-sqlite3'
import type { StoryId } from '../../../shared/ids'

/** SQL that carries a story's reader state (tags, collections, read state, note) to another. */
export function readerStateRepo(db: Database) {
  const tags = db.prepare<[string, string]>(`
    INSERT OR IGNORE INTO story_tags (story_id, tag_id, created_at)
    SELECT ?, tag_id, created_at FROM story_tags WHERE story_id = ?`)
  const items = db.prepare<[string, string]>(`
    INSERT OR IGNORE INTO collection_items (collection_id, story_id, position, added_at)
    SELECT collection_id, ?, position, added_at FROM collection_items WHERE story_id = ?`)
  const state = db.prepare<[string, string]>(`
    INSERT OR IGNORE INTO reading_state (story_id, is_read, progress, last_opened_at, is_favorite)
    SELECT ?, is_read, progress, last_opened_at, is_favorite FROM reading_state WHERE story_id = ?`)
  const favorite = db.prepare<[string, string]>(`
    UPDATE reading_state SET is_favorite = 1 WHERE story_id = ?
      AND EXISTS (SELECT 1 FROM reading_state WHERE story_id = ? AND is_favorite = 1)`)
  const note = db.prepare<[string], { markdown: string; updated_at: string }>(
    'SELECT markdown, updated_at FROM story_notes WHERE story_id = ?',
  )
  const putNote = db.prepare<[string, string, string]>(`
    INSERT INTO story_notes (story_id, markdown, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (story_id) DO UPDATE SET markdown = story_notes.markdown || char(10) || char(10) || excluded.markdown,
      updated_at = excluded.updated_at`)
  const dropNote = db.prepare<[string]>('DELETE FROM story_notes WHERE story_id = ?')

  return {
    /** Gives `to` everything the reader attached to `from` (unions; notes are appended). */
    carryOver: (from: StoryId, to: StoryId): void => {
      if (from === to) return
      tags.run(to, from)
      items.run(to, from)
      state.run(to, from)
      favorite.run(to, from)
      const old = note.get(from)
      if (old) {
        putNote.run(to, old.markdown, old.updated_at)
        dropNote.run(from)
      }
    },
  }
}

/** The reader-state repository's shape. */
export type ReaderStateRepo = ReturnType<typeof readerStateRepo>
