import type { Database } from 'better-sqlite3'
import { BACKUP } from './restoreSql'

// Strongest evidence first: the same stories (the backup and the library share a history, and
// story ids are random, so a shared one is no accident), then the same file path, then the same
// content (the folder moved to another machine, or the page was uploaded).
const EVIDENCE = [
  `SELECT b.source_id AS backup, m.source_id AS local, count(*) AS shared
   FROM ${BACKUP}.stories b JOIN main.stories m ON m.id = b.id
   GROUP BY b.source_id, m.source_id ORDER BY shared DESC, b.source_id, m.source_id`,
  `SELECT b.id AS backup, m.id AS local FROM ${BACKUP}.sources b
   JOIN main.sources m ON m.path = b.path ORDER BY b.id`,
  `SELECT b.id AS backup, m.id AS local FROM ${BACKUP}.sources b
   JOIN main.sources m ON m.content_hash = b.content_hash
   ORDER BY b.id, (m.name = b.name) DESC, m.id`,
]

/**
 * Pairs the backup's pages with the library's, each at most once: backup page id to library
 * page id. Page ids are integers each library counts on its own, so they never match by id.
 */
export function matchPages(db: Database): Map<number, number> {
  const matched = new Map<number, number>()
  const claimed = new Set<number>()
  for (const sql of EVIDENCE) {
    for (const row of db.prepare<[], { backup: number; local: number }>(sql).all()) {
      if (matched.has(row.backup) || claimed.has(row.local)) continue
      matched.set(row.backup, row.local)
      claimed.add(row.local)
    }
  }
  return matched
}
