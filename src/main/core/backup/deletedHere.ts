import type { Database } from 'better-sqlite3'
import { findDeleted } from '../corrections/applyCorrections'
import type { Correction } from '../corrections/types'
import { BACKUP } from './restoreSql'

type Deletion = Extract<Correction, { kind: 'delete' }>

/**
 * Tells whether the reader deleted one of the backup's stories from a page of the library (a
 * 'delete' correction of that page names it), so a merge leaves it out, with what was attached
 * to it, as a re-import does, instead of handing its annotations to a neighbour.
 */
export function deletedHere(db: Database): (page: number, backupStory: string) => boolean {
  const deletions = db
    .prepare<[number], string>(
      `SELECT payload FROM main.corrections WHERE source_id = ? AND kind = 'delete' ORDER BY id`,
    )
    .pluck()
  const story = db.prepare<[string], { title: string; body: string }>(
    `SELECT title, body FROM ${BACKUP}.stories WHERE id = ?`,
  )
  const byPage = new Map<number, Deletion[]>()
  return (page, backupStory) => {
    const known =
      byPage.get(page) ?? deletions.all(page).map((json) => JSON.parse(json) as Deletion)
    byPage.set(page, known)
    const row = known.length > 0 ? story.get(backupStory) : undefined
    return row !== undefined && known.some((deletion) => findDeleted([row], deletion) === 0)
  }
}
