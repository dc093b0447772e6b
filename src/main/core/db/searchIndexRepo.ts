import type { Database } from 'better-sqlite3'

/** A persisted search index: its format version, the library generation it was built from, its text. */
export interface StoredSearchIndex {
  version: number
  generation: number
  json: string
}

/** SQL for the search_index table (one row, the serialised index) and the library generation. */
export function searchIndexRepo(db: Database) {
  const get = db.prepare<[], StoredSearchIndex>(
    'SELECT version, generation, json FROM search_index WHERE id = 1',
  )
  const stamp = db.prepare<[], Omit<StoredSearchIndex, 'json'>>(
    'SELECT version, generation FROM search_index WHERE id = 1',
  )
  const put = db.prepare<[StoredSearchIndex]>(`
    INSERT INTO search_index (id, version, generation, json) VALUES (1, @version, @generation, @json)
    ON CONFLICT (id) DO UPDATE SET version = excluded.version, generation = excluded.generation,
      json = excluded.json`)
  // Triggers move this in the same transaction as any change to a story's searchable text.
  const generation = db
    .prepare<[], number>('SELECT value FROM library_generation WHERE id = 1')
    .pluck()

  return {
    get: (): StoredSearchIndex | null => get.get() ?? null,
    /** The stored index's version and generation, without reading its (large) text. */
    stamp: (): Omit<StoredSearchIndex, 'json'> | null => stamp.get() ?? null,
    put: (stored: StoredSearchIndex): void => {
      put.run(stored)
    },
    /** The library's current generation: derived data built at another one is stale. */
    libraryGeneration: (): number => generation.get() ?? 0,
  }
}

/** The search index repository's shape. */
export type SearchIndexRepo = ReturnType<typeof searchIndexRepo>
