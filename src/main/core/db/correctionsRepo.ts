import type { Database } from 'better-sqlite3'
import type { SourceId } from '../../../shared/ids'
import type { Correction } from '../corrections/types'

/** SQL for the reader's corrections to how a page was split, in the order they were made. */
export function correctionsRepo(db: Database) {
  const ofSource = db.prepare<[number], { payload: string }>(
    'SELECT payload FROM corrections WHERE source_id = ? ORDER BY id',
  )
  const insert = db.prepare<[number, string, string, string]>(
    'INSERT INTO corrections (source_id, kind, payload, created_at) VALUES (?, ?, ?, ?)',
  )
  return {
    ofSource: (sourceId: SourceId): Correction[] =>
      ofSource.all(sourceId).map((row) => JSON.parse(row.payload) as Correction),
    /** Records a correction after the page's others; its row id (an undo names it by that). */
    add: (sourceId: SourceId, correction: Correction, createdAt: string): number =>
      Number(
        insert.run(sourceId, correction.kind, JSON.stringify(correction), createdAt)
          .lastInsertRowid,
      ),
  }
}

/** The corrections repository's shape. */
export type CorrectionsRepo = ReturnType<typeof correctionsRepo>
