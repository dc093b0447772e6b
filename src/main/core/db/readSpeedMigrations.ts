import type { Migration } from './migrations'
import { SEARCH_EPOCH_SQL } from './searchEpoch'

// Migrations 9 to 11 (MIGRATIONS in migrations.ts holds the order): they only make reading
// faster, and each can run again on a file that already has what it makes.

// The story list's ids come from indexes that hold id and title too, so listing 10,000
// stories reads a few hundred kilobytes of index instead of a page of every story's row
// (40-75 ms with a cold cache, 7-25 ms this way), and the Date imported order needs no sort.
// The covering index replaces stories_by_source, its prefix, so a story adds one index entry.
export const storyListIndexes: Migration = {
  name: 'covering indexes for the story list',
  up: (db) =>
    db.exec(`
      DROP INDEX IF EXISTS stories_by_source;
      CREATE INDEX stories_by_source ON stories(source_id, position, id, title);
      CREATE INDEX IF NOT EXISTS stories_by_import ON stories(created_at DESC, source_id, position, id, title);
    `),
}

// The page list (sources:list, and library:info's counts) reads title and page_date, which
// migration 7 added after each page's whole text: every listing walked the overflow pages of
// every page's text (1,318 pages: 31-38 ms). An index holding the listed columns is read
// instead (3-9 ms).
export const pageListIndex: Migration = {
  name: 'covering index for the page list',
  up: (db) =>
    db.exec(`
      CREATE INDEX IF NOT EXISTS sources_list ON sources(id, name, origin, path, content_hash,
        encoding, format, imported_at, title, page_date);
    `),
}

// A count of the changes to what search reads (searchEpoch.ts): search's caches outlive the
// writes that cannot change an answer, such as a reading position saved while scrolling.
export const searchEpoch: Migration = {
  name: 'a change counter for search',
  up: (db) => db.exec(SEARCH_EPOCH_SQL),
}
