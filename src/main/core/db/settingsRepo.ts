import type { Database } from 'better-sqlite3'
import { writeTransaction } from './writeTransaction'

/** SQL for settings: one JSON value per key, so a new preference needs no migration. */
export function settingsRepo(db: Database) {
  const all = db.prepare<[], { key: string; json: string }>('SELECT key, json FROM settings')
  const put = db.prepare<[{ key: string; json: string }]>(`
    INSERT INTO settings (key, json) VALUES (@key, @json)
    ON CONFLICT (key) DO UPDATE SET json = excluded.json`)

  return {
    /** Every stored value by key (values the reader never changed are absent). */
    getAll: (): Map<string, unknown> =>
      new Map(all.all().map((row) => [row.key, JSON.parse(row.json) as unknown])),
    putAll: (entries: Array<[string, unknown]>): void => {
      writeTransaction(db, () => {
        for (const [key, value] of entries) put.run({ key, json: JSON.stringify(value) })
      })
    },
  }
}

/** The settings repository's shape. */
export type SettingsRepo = ReturnType<typeof settingsRepo>
