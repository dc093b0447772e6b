import type { Database } from 'better-sqlite3'
import { writeTransaction } from './writeTransaction'

// The search index's tables (migration 12; the format is in postings/segmentFormat.ts):
// segments of postings stored as blocks of terms, which segment holds each indexed story's
// live postings and its length, a counter of changes to that (readers keep it in memory
// while the counter stands), and the queue of stories waiting to be indexed. A story changed
// or deleted leaves its search_docs row at once, so its old postings are dead wherever they
// lie; merges drop them.
export const SEARCH_TABLES_SQL = `
  CREATE TABLE IF NOT EXISTS search_pending (doc INTEGER PRIMARY KEY);
  CREATE TABLE search_segments (
    seg INTEGER PRIMARY KEY, docs INTEGER NOT NULL, base INTEGER NOT NULL
  );
  CREATE TABLE search_blocks (
    id INTEGER PRIMARY KEY, seg INTEGER NOT NULL, key BLOB NOT NULL, last BLOB NOT NULL,
    data BLOB NOT NULL
  );
  CREATE UNIQUE INDEX search_blocks_by_key ON search_blocks (seg, key);
  CREATE TABLE search_docs (
    doc INTEGER PRIMARY KEY, seg INTEGER NOT NULL, length INTEGER NOT NULL,
    title INTEGER NOT NULL
  );
  CREATE INDEX search_docs_by_seg ON search_docs (seg);
  CREATE TABLE search_index_gen (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
  INSERT INTO search_index_gen (id, n) VALUES (1, 0);
`

// The triggers that queue every new or changed story in the story's own transaction and drop
// a changed or deleted story's postings at once (its search_docs row).
export const SEARCH_TRIGGERS_SQL = `
  CREATE TRIGGER story_docs_insert AFTER INSERT ON stories BEGIN
    INSERT INTO story_docs (story_id, head) VALUES (new.id, substr(new.body, 1, 160));
    INSERT INTO search_pending (doc) SELECT doc FROM story_docs WHERE story_id = new.id;
  END;
  CREATE TRIGGER story_docs_update AFTER UPDATE OF title, byline, body ON stories BEGIN
    UPDATE story_docs SET head = substr(new.body, 1, 160) WHERE story_id = new.id;
    DELETE FROM search_docs WHERE doc = (SELECT doc FROM story_docs WHERE story_id = new.id);
    UPDATE search_index_gen SET n = n + 1;
    INSERT OR IGNORE INTO search_pending (doc)
      SELECT doc FROM story_docs WHERE story_id = new.id;
  END;
  CREATE TRIGGER story_docs_delete AFTER DELETE ON stories BEGIN
    DELETE FROM search_docs WHERE doc = (SELECT doc FROM story_docs WHERE story_id = old.id);
    UPDATE search_index_gen SET n = n + 1;
    DELETE FROM search_pending WHERE doc = (SELECT doc FROM story_docs WHERE story_id = old.id);
    DELETE FROM story_docs WHERE story_id = old.id;
  END;
`

/**
 * Migration 12: the index of our own replaces FTS5 (built in the import threads, about ten
 * times cheaper to write). Every story is queued and indexed again in the background; search
 * reads the queued stories' text meanwhile.
 */
export const OWN_INDEX_SQL = `
  DROP TRIGGER IF EXISTS story_docs_insert;
  DROP TRIGGER IF EXISTS story_docs_update;
  DROP TRIGGER IF EXISTS story_docs_delete;
  DROP TABLE IF EXISTS search_build;
  DROP TABLE IF EXISTS story_fts;
  DROP TABLE IF EXISTS search_segments;
  DROP TABLE IF EXISTS search_blocks;
  DROP TABLE IF EXISTS search_docs;
  DROP TABLE IF EXISTS search_index_gen;
  ${SEARCH_TABLES_SQL}
  INSERT OR IGNORE INTO search_pending (doc) SELECT doc FROM story_docs;
  ${SEARCH_TRIGGERS_SQL}
`

// The schema version whose migration made the full-text index.
const FULL_TEXT_VERSION = 5

/**
 * Gives a library the search index's schema as migration 12 makes it when its file has
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
  writeTransaction(db, () => db.exec(OWN_INDEX_SQL))
  return true
}
