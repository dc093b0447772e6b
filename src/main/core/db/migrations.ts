import type { Database } from 'better-sqlite3'
import { pageListIndex, searchEpoch, storyListIndexes } from './readSpeedMigrations'
import { FTS5_TABLES_SQL, FTS5_TRIGGERS_SQL } from './legacySearchSchema'
import { OWN_INDEX_SQL } from './searchSchema'

/** One schema step; its position in MIGRATIONS (1-based) is the user_version it leads to. */
export interface Migration {
  name: string
  up: (db: Database) => void
  /**
   * Rebuilds a table that others reference: foreign keys are switched off around the step
   * (dropping the old table would otherwise cascade) and checked before it commits.
   */
  isTableRebuild?: boolean
}

// Read state, tags, highlights and notes live in their own tables keyed by story id, so stories
// stay a pure record of what the importer found and a re-split can rewrite them freely.
const createSourcesAndStories: Migration = {
  name: 'sources, stories, search index',
  up: (db) =>
    db.exec(`
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        path TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        encoding TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
        imported_at TEXT NOT NULL,
        size INTEGER NOT NULL
      );
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        is_title_derived INTEGER NOT NULL,
        byline TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('article', 'photo')),
        original_text TEXT NOT NULL,
        body TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX stories_by_source ON stories(source_id, position);
      CREATE TABLE search_index (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL,
        json TEXT NOT NULL
      );
    `),
}

const createReadingStateAndSettings: Migration = {
  name: 'reading state, settings',
  up: (db) =>
    db.exec(`
      CREATE TABLE reading_state (
        story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        is_read INTEGER NOT NULL DEFAULT 0,
        progress REAL NOT NULL DEFAULT 0,
        last_opened_at TEXT
      );
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        json TEXT NOT NULL
      );
    `),
}

// Highlights and story notes reference stories WITHOUT cascade: a re-import or a correction must
// re-home them (re-anchoring) before it removes a story, and a mistake there fails the import's
// transaction instead of silently dropping a reader's work. Tags, collections and read state
// cascade: they describe a story, not a passage, and are carried over explicitly by the importer.
const createAnnotations: Migration = {
  name: 'tags, highlights, notes, collections, favourites, corrections, undo log',
  up: (db) =>
    db.exec(`
      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        color TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX tags_by_name ON tags(name COLLATE NOCASE);
      CREATE TABLE story_tags (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (story_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_tags_by_tag ON story_tags(tag_id);
      CREATE TABLE highlights (
        id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL REFERENCES stories(id),
        color TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        is_orphan INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX highlights_by_story ON highlights(story_id, start);
      CREATE TABLE highlight_tags (
        highlight_id TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (highlight_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX highlight_tags_by_tag ON highlight_tags(tag_id);
      CREATE TABLE story_notes (
        story_id TEXT PRIMARY KEY REFERENCES stories(id),
        markdown TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE collections (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX collections_by_name ON collections(name COLLATE NOCASE);
      CREATE TABLE collection_items (
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position REAL NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (collection_id, story_id)
      ) WITHOUT ROWID;
      CREATE INDEX collection_items_by_story ON collection_items(story_id);
      ALTER TABLE reading_state ADD COLUMN is_favorite INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('split', 'merge', 'title')),
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX corrections_by_source ON corrections(source_id, id);
      CREATE TABLE undo_log (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `),
}

// A page is identified by its id; its path is an attribute (only a file from disk has one, and a
// path names at most one page). Pages keep their decoded text so a better splitter can re-split
// them and a replacement can be undone. Derived data (the search index) records the generation
// of the stories it was built from; triggers move the generation in the same transaction as any
// change to a story's searchable text, so a stale index is always detected.
const pageIdentityAndGeneration: Migration = {
  name: 'page identity, page text, library generation',
  isTableRebuild: true,
  up: (db) =>
    db.exec(`
      CREATE TABLE sources_v4 (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('file', 'upload')),
        path TEXT CHECK ((origin = 'file') = (path IS NOT NULL)),
        content_hash TEXT NOT NULL,
        encoding TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
        imported_at TEXT NOT NULL,
        size INTEGER NOT NULL,
        text TEXT
      );
      INSERT INTO sources_v4 (id, name, origin, path, content_hash, encoding, format, imported_at, size)
        SELECT id, name,
          CASE WHEN path LIKE '/%' OR path LIKE '\\%' OR path GLOB '[A-Za-z]:[\\/]*' THEN 'file' ELSE 'upload' END,
          CASE WHEN path LIKE '/%' OR path LIKE '\\%' OR path GLOB '[A-Za-z]:[\\/]*' THEN path END,
          content_hash, encoding, format, imported_at, size
        FROM sources;
      DROP TABLE sources;
      ALTER TABLE sources_v4 RENAME TO sources;
      CREATE UNIQUE INDEX sources_by_path ON sources(path) WHERE path IS NOT NULL;
      CREATE INDEX sources_by_hash ON sources(content_hash);

      CREATE TABLE library_generation (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        value INTEGER NOT NULL
      );
      INSERT INTO library_generation (id, value) VALUES (1, 1);
      CREATE TRIGGER stories_generation_insert AFTER INSERT ON stories
        BEGIN UPDATE library_generation SET value = value + 1 WHERE id = 1; END;
      CREATE TRIGGER stories_generation_delete AFTER DELETE ON stories
        BEGIN UPDATE library_generation SET value = value + 1 WHERE id = 1; END;
      CREATE TRIGGER stories_generation_update AFTER UPDATE OF title, byline, body ON stories
        BEGIN UPDATE library_generation SET value = value + 1 WHERE id = 1; END;
      DELETE FROM search_index;
      ALTER TABLE search_index ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
    `),
}

// The search index moves into SQLite: an FTS5 table (tokens built by ftsTokens.ts) replaces the
// stored lunr JSON. Triggers queue every new or changed story in search_pending, in the story's
// own transaction, and remove a changed or deleted story's index row at once; the queue is
// indexed in the background in large batches (one FTS5 write per story per page would cost
// several times more), and search scans the queued stories meanwhile, so every answer is
// exact at once. story_docs gives each story a stable integer for the FTS rowid (a plain rowid
// may change on VACUUM) and keeps the start of its body, so listing stories never reads the
// bodies stored after their original text. An upgraded library queues every story. FTS5 does
// not merge its segments while stories are added (automerge 0: adding is then about twice as
// fast); the indexer merges them in small steps once the queue is empty.
const fullTextIndex: Migration = {
  name: 'full-text index in SQLite, story heads',
  up: (db) =>
    db.exec(`
      DROP TABLE search_index;
      CREATE TABLE story_docs (
        doc INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL UNIQUE,
        head TEXT NOT NULL
      );
      INSERT INTO story_docs (story_id, head)
        SELECT id, substr(body, 1, 160) FROM stories ORDER BY source_id, position;
      ${FTS5_TABLES_SQL}
      INSERT INTO search_pending (doc) SELECT doc FROM story_docs;
      ${FTS5_TRIGGERS_SQL}
    `),
}

// Each page records the splitter version that split it (SPLITTER_VERSION), so re-importing
// the same bytes re-splits a page an older splitter stored. Pages already stored were split
// before versions were kept: version 0, older than any version the splitter has.
const splitterVersion: Migration = {
  name: 'splitter version per page',
  up: (db) => db.exec('ALTER TABLE sources ADD COLUMN splitter_version INTEGER NOT NULL DEFAULT 0'),
}

// A page's name comes from the page itself: the title derived from its text at import (the
// newsletter's name and date, an HTML page's title) and its date when the text gives one; a
// name the reader gave it is kept in a table of its own, so a re-import (which rewrites the
// file name and the derived title) never undoes a rename, and undoing a rename restores one
// small row. Pages stored before have no title yet (NULL): the library derives it from the
// stored text when it opens.
const pageNames: Migration = {
  name: 'page titles, dates and names given by the reader',
  up: (db) =>
    db.exec(`
      ALTER TABLE sources ADD COLUMN title TEXT;
      ALTER TABLE sources ADD COLUMN page_date TEXT;
      CREATE TABLE page_names (
        source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        name TEXT NOT NULL
      );
    `),
}

// A story the reader deletes is recorded as a correction of its page ('delete'), so re-importing
// or re-splitting the page leaves it out. SQLite cannot alter a CHECK constraint, so the
// corrections table is rebuilt with the new kind, keeping every row and its id (undo entries
// name corrections by id).
const deleteCorrections: Migration = {
  name: 'story deletions kept as corrections',
  up: (db) =>
    db.exec(`
      CREATE TABLE corrections_v8 (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('split', 'merge', 'title', 'delete')),
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      INSERT INTO corrections_v8 (id, source_id, kind, payload, created_at)
        SELECT id, source_id, kind, payload, created_at FROM corrections;
      DROP TABLE corrections;
      ALTER TABLE corrections_v8 RENAME TO corrections;
      CREATE INDEX corrections_by_source ON corrections(source_id, id);
    `),
}

const ownSearchIndex: Migration = {
  name: 'search index of our own instead of FTS5',
  up: (db) => db.exec(OWN_INDEX_SQL),
}

/** Every migration in order; append only, never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  createSourcesAndStories,
  createReadingStateAndSettings,
  createAnnotations,
  pageIdentityAndGeneration,
  fullTextIndex,
  splitterVersion,
  pageNames,
  deleteCorrections,
  storyListIndexes,
  pageListIndex,
  searchEpoch,
  ownSearchIndex,
]
