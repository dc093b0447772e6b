import type { Database } from 'better-sqlite3'
import type { RestoreCounts } from '../../../shared/exports'
import type { MergedStory } from './mergePages'
import { BACKUP, noCounts } from './restoreSql'

interface Note {
  markdown: string
  updatedAt: string
}

/**
 * Adds the backup's story notes the library lacks and takes the newer of two versions of the
 * same story's note (by updated_at). A note of a story the library split otherwise joins the note
 * of the story that took its text, below it, as a re-import does: neither text is lost.
 */
export function mergeNotes(db: Database, stories: Map<string, MergedStory>): RestoreCounts {
  const counts = noCounts()
  const local = db.prepare<[string], Note>(
    'SELECT markdown, updated_at AS updatedAt FROM main.story_notes WHERE story_id = ?',
  )
  const put = db.prepare<[string, string, string]>(`
    INSERT INTO main.story_notes (story_id, markdown, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (story_id) DO UPDATE SET markdown = excluded.markdown,
      updated_at = excluded.updated_at`)
  const rows = db
    .prepare<[], Note & { storyId: string }>(
      `SELECT story_id AS storyId, markdown, updated_at AS updatedAt
       FROM ${BACKUP}.story_notes ORDER BY story_id`,
    )
    .all()
  for (const row of rows) {
    const story = stories.get(row.storyId)
    // The note of a story the library deleted since stays out.
    if (story === undefined) continue
    const mine = local.get(story.localId)
    if (mine === undefined) {
      put.run(story.localId, row.markdown, row.updatedAt)
      counts.added++
    } else if (
      mine.markdown === row.markdown ||
      (story.isRehomed && mine.markdown.includes(row.markdown))
    ) {
      counts.kept++
    } else if (story.isRehomed) {
      const latest = row.updatedAt > mine.updatedAt ? row.updatedAt : mine.updatedAt
      put.run(story.localId, `${mine.markdown}\n\n${row.markdown}`, latest)
      counts.updated++
    } else if (row.updatedAt > mine.updatedAt) {
      put.run(story.localId, row.markdown, row.updatedAt)
      counts.updated++
    } else counts.kept++
  }
  return counts
}
