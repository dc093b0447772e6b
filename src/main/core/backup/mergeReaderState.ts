import type { Database } from 'better-sqlite3'
import type { MergedStory } from './mergePages'
import { BACKUP, copyRows } from './restoreSql'

/**
 * Adds what else the backup holds and the library lacks: a story's read state and favourite
 * (the library's own is kept when it has one), settings the reader never set here, and the
 * split corrections of the pages the merge added (a page the library had keeps its own split).
 */
export function mergeReaderState(
  db: Database,
  stories: Map<string, MergedStory>,
  addedPages: Map<number, number>,
): void {
  const state = copyRows(db, 'reading_state', {
    set: { story_id: '@story' },
    where: 'story_id = @id',
    isOrIgnore: true,
  })
  const stateIds = db
    .prepare<[], string>(`SELECT story_id FROM ${BACKUP}.reading_state ORDER BY story_id`)
    .pluck()
    .all()
  for (const id of stateIds) {
    const story = stories.get(id)?.localId
    if (story !== undefined) state.run({ id, story })
  }

  copyRows(db, 'settings', { where: '1', isOrIgnore: true }).run()

  const corrections = copyRows(db, 'corrections', {
    skip: ['id'],
    set: { source_id: '@page' },
    where: 'source_id = @backupPage',
    orderBy: 'id',
  })
  for (const [backupPage, page] of addedPages) corrections.run({ backupPage, page })
}
