import type { Database } from 'better-sqlite3'
import { asStoryId, type StoryId } from '../../../shared/ids'
import { searchTokensOf, type IndexedFields, type StoryTokens } from './searchFunctions'

/** How far indexing the queued stories has got. */
export interface SearchBuildState {
  /** Stories indexed since the queue was last empty. */
  done: number
  total: number
}

// bm25 weights of the columns: a word in the headline counts ten times one in the text; the
// distinct-character column only answers one-character queries and hardly ranks.
const RANK = 'bm25(story_fts, 10.0, 1.0, 0.1)'

/**
 * SQL for the full-text index (story_fts) and its queue (search_pending), which triggers on
 * stories fill in the story's own transaction (migration 5).
 */
export function searchIndexRepo(db: Database) {
  const pendingCount = db.prepare<[], number>('SELECT count(*) FROM search_pending').pluck()
  const pendingIds = db
    .prepare<[], string>(
      'SELECT d.story_id FROM search_pending p JOIN story_docs d ON d.doc = p.doc ORDER BY p.doc',
    )
    .pluck()
  const nextDocs = db
    .prepare<[number], number>('SELECT doc FROM search_pending ORDER BY doc LIMIT ?')
    .pluck()
  const unindex = db.prepare<[number]>('DELETE FROM story_fts WHERE rowid = ?')
  // What the index holds for a story: the token streams of its headline and of its byline and
  // body, and its distinct CJK characters, worked out in JavaScript (searchTokensOf).
  const fieldsOf = db.prepare<[number], IndexedFields>(`
    SELECT st.title, st.byline, st.body FROM story_docs d JOIN stories st ON st.id = d.story_id
    WHERE d.doc = ?`)
  const indexTokens = db.prepare<[number, string, string, string]>(
    'INSERT INTO story_fts (rowid, title, body, chars) VALUES (?, ?, ?, ?)',
  )
  const dequeue = db.prepare<[number]>('DELETE FROM search_pending WHERE doc = ?')
  const queuedDocOf = db
    .prepare<[string], number>(
      `SELECT p.doc FROM story_docs d JOIN search_pending p ON p.doc = d.doc WHERE d.story_id = ?`,
    )
    .pluck()
  const deleteAll = db.prepare("INSERT INTO story_fts (story_fts) VALUES ('delete-all')")
  const queueAll = db.prepare(
    'INSERT OR IGNORE INTO search_pending (doc) SELECT doc FROM story_docs',
  )
  const merge = db.prepare<[number]>("INSERT INTO story_fts (story_fts, rank) VALUES ('merge', ?)")
  const totalChanges = db.prepare<[], number>('SELECT total_changes()').pluck()
  // The size of the queue when it was last empty and began to fill, for progress.
  let queued = 0

  const count = db
    .prepare<[string], number>('SELECT count(*) FROM story_fts WHERE story_fts MATCH ?')
    .pluck()
  const ranked = db
    .prepare<[string, number, number], string>(
      `
      SELECT d.story_id FROM story_fts f JOIN story_docs d ON d.doc = f.rowid
      WHERE story_fts MATCH ? ORDER BY ${RANK}, f.rowid LIMIT ? OFFSET ?`,
    )
    .pluck()
  const newestFirst = db
    .prepare<[string, number, number], string>(
      `
      SELECT d.story_id FROM story_fts f JOIN story_docs d ON d.doc = f.rowid
      WHERE story_fts MATCH ? ORDER BY f.rowid DESC LIMIT ? OFFSET ?`,
    )
    .pluck()

  // The same orders as numbers (story_docs.doc) alone: a filter drops candidates by number,
  // and only the page's stories are named.
  const rankedDocs = db
    .prepare<[string, number, number], number>(
      `SELECT rowid FROM story_fts WHERE story_fts MATCH ? ORDER BY ${RANK}, rowid LIMIT ? OFFSET ?`,
    )
    .pluck()
  const newestDocs = db
    .prepare<[string, number, number], number>(
      'SELECT rowid FROM story_fts WHERE story_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?',
    )
    .pluck()
  const storyOfDoc = db
    .prepare<[number], string>('SELECT story_id FROM story_docs WHERE doc = ?')
    .pluck()

  const pending = (): number => pendingCount.get() ?? 0
  const indexDoc = (doc: number): void => {
    unindex.run(doc)
    const fields = fieldsOf.get(doc)
    if (fields !== undefined) {
      const tokens = searchTokensOf(fields)
      indexTokens.run(doc, tokens.title, tokens.body, tokens.chars)
    }
    dequeue.run(doc)
  }

  return {
    /** Stories queued for the index (new, changed, or there before the index existed). */
    pendingCount: pending,
    /** The queued stories' ids: search reads these from the store instead of the index. */
    pendingIds: (): StoryId[] => pendingIds.all().map(asStoryId),
    /** How far the queue has been worked through since it was last empty. */
    buildState: (): SearchBuildState => {
      const left = pending()
      queued = Math.max(queued, left)
      return { done: queued - left, total: queued }
    },
    /**
     * Indexes up to `size` queued stories (the caller holds a write transaction); false when
     * the queue was empty.
     */
    indexQueued: (size: number): boolean => {
      queued = Math.max(queued, pending())
      const docs = nextDocs.all(size)
      if (docs.length === 0) {
        queued = 0
        return false
      }
      for (const doc of docs) indexDoc(doc)
      return true
    },
    /**
     * Indexes these stories now, with their tokens worked out by the caller (searchTokensOf of
     * the fields it stored), if they are queued; the caller holds the write transaction that
     * stored them. An import thread indexes its own pages so, and nothing waits in the queue.
     */
    indexStories: (stories: ReadonlyArray<{ id: string; tokens: StoryTokens }>): void => {
      for (const { id, tokens } of stories) {
        const doc = queuedDocOf.get(id)
        if (doc === undefined) continue
        // No row to drop first: the triggers of this same transaction queued the story, a new
        // one or one whose row they dropped. A DELETE of a row the index lacks is not free in
        // a contentless table (it leaves a tombstone): it made indexing 25-50 % slower.
        indexTokens.run(doc, tokens.title, tokens.body, tokens.chars)
        dequeue.run(doc)
      }
    },
    /**
     * Merges some of the index's segments (about `pages` leaf pages of work; the caller holds
     * a write transaction); false once there was nothing left to merge. Fewer segments make
     * every query cheaper.
     */
    mergeStep: (pages: number): boolean => {
      const before = totalChanges.get() ?? 0
      merge.run(pages)
      // SQLite's documented test: a merge that did any work changed two rows or more.
      return (totalChanges.get() ?? 0) - before >= 2
    },
    /** Empties the index and queues every story again (caller's transaction). */
    restart: (): void => {
      deleteAll.run()
      queueAll.run()
    },
    /** Stories matching an FTS5 expression. */
    count: (match: string): number => count.get(match) ?? 0,
    /** Matching stories, best first (bm25), one page. */
    ranked: (match: string, limit: number, offset = 0): StoryId[] =>
      ranked.all(match, limit, offset).map(asStoryId),
    /** Matching stories, the latest imported first: no scoring, so it stops after one page. */
    newestFirst: (match: string, limit: number, offset = 0): StoryId[] =>
      newestFirst.all(match, limit, offset).map(asStoryId),
    /** ranked, as the stories' numbers in the index (story_docs.doc). */
    rankedDocs: (match: string, limit: number, offset = 0): number[] =>
      rankedDocs.all(match, limit, offset),
    /** newestFirst, as the stories' numbers in the index. */
    newestDocs: (match: string, limit: number, offset = 0): number[] =>
      newestDocs.all(match, limit, offset),
    /** The ids of stories by their numbers, in the same order (unknown numbers left out). */
    storyIdsOf: (docs: number[]): StoryId[] =>
      docs.flatMap((doc) => {
        const id = storyOfDoc.get(doc)
        return id === undefined ? [] : [asStoryId(id)]
      }),
  }
}

/** The search index repository's shape. */
export type SearchIndexRepo = ReturnType<typeof searchIndexRepo>
