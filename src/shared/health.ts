/**
 * Whether the library's database file is sound, as the check at start (SQLite's quick_check)
 * found it. A damaged library names the newest automatic backup that can be restored.
 */
export type LibraryHealth =
  | { status: 'ok' }
  | {
      status: 'damaged'
      /** SQLite's own words for the first problem found (for the details line). */
      reason: string
      /** The newest backup that passes the restore checks; null when there is none. */
      backup: { name: string; takenAt: string } | null
    }

/** What recovering a damaged library did. */
export interface RecoveryReport {
  /** The backup file the library was restored from. */
  restoredFrom: string
  /** The folder inside the library folder where the damaged file was moved, untouched. */
  damagedKeptIn: string
  stories: number
}
