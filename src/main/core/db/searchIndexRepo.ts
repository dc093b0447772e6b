import type { Database } from 'better-sqlite3'

/** A persisted search index and the format version it was written in. */
export interface StoredSearchIndex {
  version: number
  json: string
}

/** SQL for the search_index table: a single row holding the serialised index. */
export function searchIndexRepo(db: Database) {
  const get = db.prepare<[], StoredSearchIndex>(
    'SELECT version, json FROM search_index WHERE id = 1',
  )
  const put = db.prepare<[StoredSearchIndex]>(`
    INSERT INTO search_index (id, version, json) VALUES (1, @version, @json)
    ON CONFLICT (id) DO UPDATE SET version = excluded.version, json = excluded.json`)

  const clear = db.prepare('DELETE FROM search_index')

  return {
    get: (): StoredSearchIndex | null => get.get() ?? null,
    put: (stored: StoredSearchIndex): void => {
      put.run(stored)
    },
    /** Forgets the stored index, so the next open rebuilds it. */
    clear: (): void => {
      clear.run()
    },
  }
}

/** The search index repository's shape. */
export type SearchIndexRepo = ReturnType<typeof searchIndexRepo>
