import { createHash } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { SourceId } from '../../../shared/ids'
import type { UndoTable } from './undoRepo'

const OF_STORIES = 'story_id IN (SELECT id FROM stories WHERE source_id = ?)'

// Every row that belongs to one page, by table, parents before children (the order a restore
// needs). Highlights and notes are listed although they reference stories without cascade.
const PAGE_TABLES: ReadonlyArray<[UndoTable, string]> = [
  ['sources', 'id = ?'],
  ['page_names', 'source_id = ?'],
  ['stories', 'source_id = ?'],
  ['reading_state', OF_STORIES],
  ['story_tags', OF_STORIES],
  ['collection_items', OF_STORIES],
  ['story_notes', OF_STORIES],
  ['highlights', OF_STORIES],
  [
    'highlight_tags',
    `highlight_id IN (SELECT h.id FROM highlights h JOIN stories s ON s.id = h.story_id
      WHERE s.source_id = ?)`,
  ],
  ['corrections', 'source_id = ?'],
]

/** One page's rows in every table, as the undo log stores them. */
export type PageRows = Array<{ table: UndoTable; rows: Array<Record<string, unknown>> }>

/** SQL over all of one page at once: its rows everywhere, a fingerprint of them, removal. */
export function pageRowsRepo(db: Database) {
  const select = PAGE_TABLES.map(
    ([table, where]) => [table, db.prepare(`SELECT * FROM ${table} WHERE ${where}`)] as const,
  )
  const dropHighlights = db.prepare<[number]>(`DELETE FROM highlights WHERE ${OF_STORIES}`)
  const dropNotes = db.prepare<[number]>(`DELETE FROM story_notes WHERE ${OF_STORIES}`)
  // Tags, collection items and read state go with the stories by cascade.
  const dropStories = db.prepare<[number]>('DELETE FROM stories WHERE source_id = ?')

  const rows = (id: SourceId): PageRows =>
    select.map(([table, statement]) => ({
      table,
      rows: statement.all(id) as Array<Record<string, unknown>>,
    }))

  return {
    rows,
    /**
     * A hash of what the reader made of the page: its text, stories, highlights, notes, tags,
     * collections and corrections. Read state is left out: opening a story moves it.
     */
    fingerprint: (id: SourceId): string => {
      const hash = createHash('sha256')
      for (const { table, rows: found } of rows(id)) {
        if (table === 'reading_state') continue
        // Sorted: the same rows in another order are the same page.
        const lines = found.map((row) => JSON.stringify(row)).sort()
        hash.update(`${table}\n${lines.join('\n')}\n`)
      }
      return hash.digest('hex')
    },
    /** Removes the page's stories with everything attached to them; the source row stays. */
    clearStories: (id: SourceId): void => {
      dropHighlights.run(id)
      dropNotes.run(id)
      dropStories.run(id)
    },
  }
}

/** The page rows repository's shape. */
export type PageRowsRepo = ReturnType<typeof pageRowsRepo>
