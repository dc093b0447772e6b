import type { Database } from 'better-sqlite3'
import type { SourceId } from '../../../shared/ids'

/** The parts of a stored story that a split decides, in page order. */
export interface StoredSplit {
  title: string
  isTitleDerived: boolean
  byline: string | null
  kind: string
  textHash: string
}

/** SQL for how a page is split now, so a re-split can tell whether anything would change. */
export function pageSplitRepo(db: Database) {
  const shapes = db.prepare<
    [number],
    {
      title: string
      is_title_derived: number
      byline: string | null
      kind: string
      text_hash: string
    }
  >(
    `SELECT title, is_title_derived, byline, kind, text_hash FROM stories
     WHERE source_id = ? ORDER BY position`,
  )
  const originals = db
    .prepare<[number], string>(
      'SELECT original_text FROM stories WHERE source_id = ? ORDER BY position',
    )
    .pluck()

  return {
    /** The page's stories as split now. */
    splitOf: (id: SourceId): StoredSplit[] =>
      shapes.all(id).map((row) => ({
        title: row.title,
        isTitleDerived: row.is_title_derived === 1,
        byline: row.byline,
        kind: row.kind,
        textHash: row.text_hash,
      })),
    /** The original text of the page's stories, in order (for pages stored before their text was). */
    originalTexts: (id: SourceId): string[] => originals.all(id),
  }
}

/** The page-split repository's shape. */
export type PageSplitRepo = ReturnType<typeof pageSplitRepo>
