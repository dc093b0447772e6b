import type { Database } from 'better-sqlite3'
import type { RestoreCounts } from '../../../shared/exports'
import { BACKUP } from './restoreSql'

/**
 * Carries the backup's page names over (inside the merge's transaction): the name a reader gave
 * a page (page_names) and the page's own title and date, each only where the library's page
 * has none of its own, so a rename made in the library wins over the backup's. Pages the merge
 * added get their name too; a page both hold that gained something counts as updated.
 */
export function mergePageNames(
  db: Database,
  matched: Map<number, number>,
  added: Map<number, number>,
  counts: RestoreCounts,
): void {
  const addName = db.prepare<{ backup: number; page: number }>(
    `INSERT OR IGNORE INTO main.page_names (source_id, name)
     SELECT @page, name FROM ${BACKUP}.page_names WHERE source_id = @backup`,
  )
  const backupTitle = db.prepare<[number], { title: string | null; date: string | null }>(
    `SELECT title, page_date AS date FROM ${BACKUP}.sources WHERE id = ?`,
  )
  // A title stored empty reads as none (see sourcesRepo); the library keeps whichever it has.
  const addTitle = db.prepare<{ page: number; title: string | null; date: string | null }>(
    `UPDATE main.sources SET
       title = CASE WHEN coalesce(title, '') = '' THEN @title ELSE title END,
       page_date = coalesce(page_date, @date)
     WHERE id = @page
       AND ((coalesce(title, '') = '' AND @title IS NOT NULL AND @title <> '')
         OR (page_date IS NULL AND @date IS NOT NULL))`,
  )
  const carryTitle = (backup: number, page: number): number => {
    const row = backupTitle.get(backup)
    return row ? addTitle.run({ page, title: row.title, date: row.date }).changes : 0
  }
  for (const [backup, page] of added) addName.run({ backup, page })
  for (const [backup, page] of matched) {
    const changes = addName.run({ backup, page }).changes + carryTitle(backup, page)
    if (changes > 0) {
      counts.kept--
      counts.updated++
    }
  }
}
