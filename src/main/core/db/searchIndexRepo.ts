import type { Database } from 'better-sqlite3'
import { asStoryId, type StoryId } from '../../../shared/ids'

/** How far indexing the stories that predate the full-text index has got. */
export interface SearchBuildState {
  /** Stories indexed so far among those that need it. */
  done: number
  total: number
}

// What the triggers of migration 5 write for a story, for the rows the background build fills.
const FTS_FIELDS = `
  inkstone_fts_text(st.title),
  inkstone_fts_text(coalesce(st.byline, '') || char(10) || st.body),
  inkstone_fts_chars(st.title || char(10) || coalesce(st.byline, '') || char(10) || st.body)`

// bm25 weights of the columns: a word in the headline counts ten times one in the text; the
// distinct-character column only answers one-character queries and hardly ranks.
const RANK = 'bm25(story_fts, 10.0, 1.0, 0.1)'

/**
 * SQL for the full-text index (story_fts, written by triggers on stories) and for the
 * background build of stories that were in the library before the index existed.
 */
export function searchIndexRepo(db: Database) {
  const state = db.prepare<[], { next_doc: number; last_doc: number }>(
    'SELECT next_doc, last_doc FROM search_build WHERE id = 1',
  )
  const countBetween = db
    .prepare<[number, number], number>('SELECT count(*) FROM story_docs WHERE doc BETWEEN ? AND ?')
    .pluck()
  const docsFrom = db
    .prepare<[number, number, number], number>(
      'SELECT doc FROM story_docs WHERE doc >= ? AND doc <= ? ORDER BY doc LIMIT 1 OFFSET ?',
    )
    .pluck()
  const unindex = db.prepare<[number, number]>(
    'DELETE FROM story_fts WHERE rowid IN (SELECT doc FROM story_docs WHERE doc BETWEEN ? AND ?)',
  )
  const index = db.prepare<[number, number]>(`
    INSERT INTO story_fts (rowid, title, body, chars)
    SELECT d.doc, ${FTS_FIELDS} FROM story_docs d JOIN stories st ON st.id = d.story_id
    WHERE d.doc BETWEEN ? AND ?`)
  const advance = db.prepare<[number]>('UPDATE search_build SET next_doc = ? WHERE id = 1')
  const restart = db.prepare(`
    UPDATE search_build SET next_doc = (SELECT coalesce(min(doc), 1) FROM story_docs),
      last_doc = (SELECT coalesce(max(doc), 0) FROM story_docs) WHERE id = 1`)
  const deleteAll = db.prepare("INSERT INTO story_fts (story_fts) VALUES ('delete-all')")

  const count = db
    .prepare<[string], number>('SELECT count(*) FROM story_fts WHERE story_fts MATCH ?')
    .pluck()
  const ranked = db
    .prepare<[string, number, number], string>(`
      SELECT d.story_id FROM story_fts f JOIN story_docs d ON d.doc = f.rowid
      WHERE story_fts MATCH ? ORDER BY ${RANK} LIMIT ? OFFSET ?`)
    .pluck()
  const newestFirst = db
    .prepare<[string, number, number], string>(`
      SELECT d.story_id FROM story_fts f JOIN story_docs d ON d.doc = f.rowid
      WHERE story_fts MATCH ? ORDER BY f.rowid DESC LIMIT ? OFFSET ?`)
    .pluck()

  const buildState = (): SearchBuildState => {
    const row = state.get()
    if (!row || row.next_doc > row.last_doc) return { done: 0, total: 0 }
    return {
      done: countBetween.get(0, row.next_doc - 1) ?? 0,
      total: countBetween.get(0, row.last_doc) ?? 0,
    }
  }

  return {
    /** True when every story is in the full-text index, so a query can be answered from it. */
    isComplete: (): boolean => {
      const row = state.get()
      return row !== undefined && row.next_doc > row.last_doc
    },
    buildState,
    /**
     * Indexes the next `size` stories of the background build (the caller holds a write
     * transaction); false when nothing was left to do.
     */
    buildStep: (size: number): boolean => {
      const row = state.get()
      if (!row || row.next_doc > row.last_doc) return false
      const end = docsFrom.get(row.next_doc, row.last_doc, size - 1) ?? row.last_doc
      unindex.run(row.next_doc, end)
      index.run(row.next_doc, end)
      advance.run(end + 1)
      return true
    },
    /** Empties the index and starts the background build over every story (caller's transaction). */
    restart: (): void => {
      deleteAll.run()
      restart.run()
    },
    /** Stories matching an FTS5 expression. */
    count: (match: string): number => count.get(match) ?? 0,
    /** Matching stories, best first (bm25), one page. */
    ranked: (match: string, limit: number, offset = 0): StoryId[] =>
      ranked.all(match, limit, offset).map(asStoryId),
    /** Matching stories, the latest imported first: no scoring, so it stops after one page. */
    newestFirst: (match: string, limit: number, offset = 0): StoryId[] =>
      newestFirst.all(match, limit, offset).map(asStoryId),
  }
}

/** The search index repository's shape. */
export type SearchIndexRepo = ReturnType<typeof searchIndexRepo>
