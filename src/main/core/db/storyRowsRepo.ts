import type { Database } from 'better-sqlite3'
import type { StoryId } from '../../../shared/ids'
import type { UndoTable } from './undoRepo'

// Every row that belongs to one story, parents before children (the order a restore needs).
// Highlights and notes reference stories without cascade, so they are listed and removed here.
const STORY_TABLES: ReadonlyArray<[UndoTable, string]> = [
  ['stories', 'id = ?'],
  ['reading_state', 'story_id = ?'],
  ['story_tags', 'story_id = ?'],
  ['collection_items', 'story_id = ?'],
  ['story_notes', 'story_id = ?'],
  ['highlights', 'story_id = ?'],
  ['highlight_tags', 'highlight_id IN (SELECT id FROM highlights WHERE story_id = ?)'],
]

/** SQL over all of one story at once: its rows everywhere, and its removal. */
export function storyRowsRepo(db: Database) {
  const select = STORY_TABLES.map(
    ([table, where]) => [table, db.prepare(`SELECT * FROM ${table} WHERE ${where}`)] as const,
  )
  const dropHighlights = db.prepare<[string]>('DELETE FROM highlights WHERE story_id = ?')
  const dropNote = db.prepare<[string]>('DELETE FROM story_notes WHERE story_id = ?')
  // Tags, collection items and read state go with the story by cascade.
  const dropStory = db.prepare<[string]>('DELETE FROM stories WHERE id = ?')
  return {
    /** The story's rows in every table, as the undo log stores them. */
    rows: (id: StoryId): Array<{ table: UndoTable; rows: Array<Record<string, unknown>> }> =>
      select.map(([table, statement]) => ({
        table,
        rows: statement.all(id) as Array<Record<string, unknown>>,
      })),
    /** Removes the story with everything attached to it; false when there was none. */
    remove: (id: StoryId): boolean => {
      dropHighlights.run(id)
      dropNote.run(id)
      return dropStory.run(id).changes > 0
    },
  }
}
