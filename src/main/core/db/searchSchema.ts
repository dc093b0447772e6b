import type { Database } from 'better-sqlite3'
import { writeTransaction } from './writeTransaction'

// The full-text index's tables as migration 5 creates them (see migrations.ts): the FTS5 table
// (tokens built by ftsTokens.ts) and the queue of stories waiting to be indexed.
export const SEARCH_TABLES_SQL = `
  CREATE VIRTUAL TABLE story_fts USING fts5(
    title, body, chars, tokenize = 'ascii', content = '', contentless_delete = 1
  );
  INSERT INTO story_fts (story_fts, rank) VALUES ('automerge', 0);
  INSERT INTO story_fts (story_fts, rank) VALUES ('crisismerge', 64);
  CREATE TABLE search_pending (doc INTEGER PRIMARY KEY);
`

// The triggers that queue every new or changed story in the story's own transaction and drop
// a changed or deleted story's index row at once.
export const SEARCH_TRIGGERS_SQL = `
  CREATE TRIGGER story_docs_insert AFTER INSERT ON stories BEGIN
    INSERT INTO story_docs (story_id, head) VALUES (new.id, substr(new.body, 1, 160));
    INSERT INTO search_pending (doc) SELECT doc FROM story_docs WHERE story_id = new.id;
  END;
  CREATE TRIGGER story_docs_update AFTER UPDATE OF title, byline, body ON stories BEGIN
    UPDATE story_docs SET head = substr(new.body, 1, 160) WHERE story_id = new.id;
    DELETE FROM story_fts WHERE rowid = (SELECT doc FROM story_docs WHERE story_id = new.id);
    INSERT OR IGNORE INTO search_pending (doc)
      SELECT doc FROM story_docs WHERE story_id = new.id;
  END;
  CREATE TRIGGER story_docs_delete AFTER DELETE ON stories BEGIN
    DELETE FROM story_fts WHERE rowid = (SELECT doc FROM story_docs WHERE story_id = old.id);
    DELETE FROM search_pending WHERE doc = (SELECT doc FROM story_docs WHERE story_id = old.id);
    DELETE FROM story_docs WHERE story_id = old.id;
  END;
`

// The schema version whose migration made the full-text index.
const FULL_TEXT_VERSION = 5

/**
 * Gives a library the full-text index's schema as migration 5 now makes it when its file has
 * another one: a library written by a build between the index and its queue (schema 5 with a
 * `search_build` table and triggers that wrote the index in the story's transaction) has no
 * `search_pending`, and every search would fail. The index is derived data: it is dropped and
 * every story queued, to be indexed again in the background (search scans meanwhile). Returns
 * whether anything was repaired.
 */
export function repairSearchSchema(db: Database): boolean {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version < FULL_TEXT_VERSION) return false
  const hasQueue = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_pending'")
    .get()
  if (hasQueue) return false
  writeTransaction(db, () => {
    db.exec(`
      DROP TRIGGER IF EXISTS story_docs_insert;
      DROP TRIGGER IF EXISTS story_docs_update;
      DROP TRIGGER IF EXISTS story_docs_delete;
      DROP TABLE IF EXISTS search_build;
      DROP TABLE IF EXISTS story_fts;
      ${SEARCH_TABLES_SQL}
      INSERT INTO search_pending (doc) SELECT doc FROM story_docs;
      ${SEARCH_TRIGGERS_SQL}
    `)
  })
  return true
}
