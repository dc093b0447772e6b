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

/** Every migration in order; append only, never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  createSourcesAndStories,
  createReadingStateAndSettings,
]
