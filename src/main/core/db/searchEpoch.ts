import type { Database } from 'better-sqlite3'

// Search keeps what it read between queries (the stories it verified hits against, what each
// filter keeps, the reader's notes) while none of it can have changed. Emptying those caches
// on any commit (PRAGMA data_version, total_changes) threw them away every few seconds while a
// story was read, since its reading position is saved as it scrolls, and the next search read
// everything again. Instead, triggers count the changes to what search reads, in the writer's
// own transaction, whichever connection writes; a reading position, the reader's settings,
// the undo log and the index's queue are left out.

/** Tables whose every row change can change what search answers. */
const WATCHED = [
  'sources',
  'story_docs',
  'tags',
  'story_tags',
  'highlights',
  'highlight_tags',
  'story_notes',
  'collections',
  'collection_items',
]

const BUMP = 'UPDATE search_epoch SET n = n + 1;'

const triggersOf = (table: string): string => `
  CREATE TRIGGER IF NOT EXISTS search_epoch_${table}_insert AFTER INSERT ON ${table} BEGIN ${BUMP} END;
  CREATE TRIGGER IF NOT EXISTS search_epoch_${table}_update AFTER UPDATE ON ${table} BEGIN ${BUMP} END;
  CREATE TRIGGER IF NOT EXISTS search_epoch_${table}_delete AFTER DELETE ON ${table} BEGIN ${BUMP} END;`

/** The counter and its triggers (migration 11); running it again changes nothing. */
export const SEARCH_EPOCH_SQL = `
  CREATE TABLE IF NOT EXISTS search_epoch (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
  INSERT OR IGNORE INTO search_epoch (id, n) VALUES (1, 0);
  ${WATCHED.map(triggersOf).join('\n')}
  CREATE TRIGGER IF NOT EXISTS search_epoch_stories_insert AFTER INSERT ON stories BEGIN ${BUMP} END;
  CREATE TRIGGER IF NOT EXISTS search_epoch_stories_delete AFTER DELETE ON stories BEGIN ${BUMP} END;
  CREATE TRIGGER IF NOT EXISTS search_epoch_stories_update
    AFTER UPDATE OF id, source_id, position, title, byline, body, kind, created_at ON stories
    BEGIN ${BUMP} END;
  CREATE TRIGGER IF NOT EXISTS search_epoch_reading_insert AFTER INSERT ON reading_state
    WHEN new.is_read <> 0 OR new.is_favorite <> 0 BEGIN ${BUMP} END;
  CREATE TRIGGER IF NOT EXISTS search_epoch_reading_delete AFTER DELETE ON reading_state BEGIN ${BUMP} END;
  CREATE TRIGGER IF NOT EXISTS search_epoch_reading_update
    AFTER UPDATE OF story_id, is_read, is_favorite ON reading_state BEGIN ${BUMP} END;
`

/**
 * A reading of the counter: changes when anything search reads has changed since, in this
 * connection's snapshot. Read it inside the read transaction whose answers it stamps.
 */
export function searchEpoch(db: Database): () => number {
  const read = db.prepare<[], number>('SELECT n FROM search_epoch WHERE id = 1').pluck()
  return () => read.get() ?? -1
}
