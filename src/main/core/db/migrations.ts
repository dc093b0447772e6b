import type { Database } from 'better-sqlite3'

/** One schema step; its position in MIGRATIONS (1-based) is the user_version it leads to. */
export interface Migration {
  name: string
  up: (db: Database) => void
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

/** Every migration in order; append only, never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  createSourcesAndStories,
  createReadingStateAndSettings,
  createAnnotations,
]
