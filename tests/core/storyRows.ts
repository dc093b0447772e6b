import type { Database } from 'better-sqlite3'
import type { IndexableStory } from '../../src/main/core/search/types'

let pages = 0

/**
 * Stores stories as one page of a real library database, row by row, as the importer writes
 * them: the stories' triggers index them in the same transaction. For corpora the splitter would
 * cut differently; `source` of the first story names the page.
 */
export function storeStories(db: Database, stories: IndexableStory[]): void {
  const page = ++pages
  const now = new Date(Date.UTC(2024, 0, 1, 0, 0, page)).toISOString()
  const insertStory = db.prepare(`
    INSERT INTO stories (id, source_id, position, title, is_title_derived, byline, kind,
      original_text, body, text_hash, created_at)
    VALUES (?, ?, ?, ?, 0, ?, 'article', ?, ?, ?, ?)`)
  db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO sources (name, origin, path, content_hash, encoding, format, imported_at, size)
        VALUES (?, 'upload', NULL, ?, 'utf-8', 'text', ?, 0)`,
      )
      .run(stories[0]?.source ?? `page${page}.txt`, `hash-${page}-${Math.random()}`, now)
    stories.forEach((story, position) => {
      const { id, title, byline, body } = story
      insertStory.run(id, lastInsertRowid, position, title, byline, body, body, `t-${id}`, now)
    })
  })()
}
