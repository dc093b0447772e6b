// The full-text index as migration 5 made it (SQLite FTS5), kept as it shipped: migration 5
// still builds it on an old library, and migration 12 replaces it (see searchSchema.ts).

// The FTS5 table (tokens built by ftsTokens.ts) and the queue of stories waiting to be indexed.
export const FTS5_TABLES_SQL = `
  CREATE VIRTUAL TABLE story_fts USING fts5(
    title, body, chars, tokenize = 'ascii', content = '', contentless_delete = 1
  );
  INSERT INTO story_fts (story_fts, rank) VALUES ('automerge', 0);
  INSERT INTO story_fts (story_fts, rank) VALUES ('crisismerge', 64);
  CREATE TABLE search_pending (doc INTEGER PRIMARY KEY);
`

// The triggers that queue every new or changed story in the story's own transaction and drop
// a changed or deleted story's index row at once.
export const FTS5_TRIGGERS_SQL = `
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
