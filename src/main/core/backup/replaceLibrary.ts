import { rmSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import type { Repos } from '../db/createRepos'
import { writeTransaction } from '../db/writeTransaction'
import { LibraryError } from '../errors/LibraryError'
import { backupsDir, restoreBackupName, uniquePath } from './backupNames'
import { columnsOf, userTablesOf } from './derivedTables'
import type { RestoreCountsByKind } from './mergeBackup'
import { BACKUP } from './restoreSql'
import { rotateBackups } from './rotateBackups'
import { writeBackup } from './writeBackup'

// The reader's tables, each after the tables it refers to (emptied in the reverse order).
const TABLES = [
  'sources',
  'page_names',
  'stories',
  'reading_state',
  'settings',
  'tags',
  'story_tags',
  'highlights',
  'highlight_tags',
  'story_notes',
  'collections',
  'collection_items',
  'corrections',
  'undo_log',
]

// Another connection may commit between the safety backup and the replacement; the backup is
// then taken again, a few times at most.
const ATTEMPTS = 5

class ChangedMeanwhile extends Error {}

const count = (db: Database, table: string): number =>
  db.prepare<[], number>(`SELECT count(*) FROM ${BACKUP}."${table}"`).pluck().get()!

const replaceRows = (repos: Repos): RestoreCountsByKind => {
  const { db } = repos
  // Emptying the index at once spares the stories' triggers deleting it row by row; the
  // triggers then queue every story copied in, and search reads them from the queue until the
  // index is built.
  repos.searchIndex.restart()
  for (const table of [...TABLES].reverse()) db.exec(`DELETE FROM main."${table}"`)
  for (const table of TABLES) {
    const columns = columnsOf(db, 'main', table)
      .map((column) => `"${column}"`)
      .join(', ')
    db.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM ${BACKUP}."${table}"`)
  }
  const added = (table: string) => ({ added: count(db, table), updated: 0, kept: 0 })
  return {
    pages: added('sources'),
    stories: added('stories'),
    highlights: added('highlights'),
    notes: added('story_notes'),
    tags: added('tags'),
    collections: added('collections'),
  }
}

/**
 * Replaces everything the library holds with the attached backup's rows, on the library's own
 * connection and in one transaction, after a safety backup of the library as it was (returned
 * with the counts). A host keeps its connection open: nothing needs reopening.
 */
export function replaceLibrary(
  repos: Repos,
  libraryDir: string,
  now: () => Date,
): { counts: RestoreCountsByKind; safetyBackup: string } {
  const { db } = repos
  // A table a later migration adds and this list lacks would be left as it was: refuse instead.
  const unknown = userTablesOf(db).filter((table) => !TABLES.includes(table))
  if (unknown.length > 0) throw new Error(`restore does not know the tables ${unknown.join(', ')}`)
  const folder = backupsDir(libraryDir)
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    // data_version moves when another connection commits: equal inside the write lock means
    // the safety backup holds exactly what is being replaced.
    const before = db.pragma('data_version', { simple: true })
    const safety = writeBackup(db, uniquePath(folder, restoreBackupName(now())))
    try {
      const counts = writeTransaction(db, () => {
        if (db.pragma('data_version', { simple: true }) !== before) throw new ChangedMeanwhile()
        return replaceRows(repos)
      })
      rotateBackups(folder, 'before-restore')
      return { counts, safetyBackup: safety.path }
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile)) throw error
      rmSync(safety.path, { force: true })
    }
  }
  throw new LibraryError(
    'CONFLICT',
    'the library kept changing while its safety backup was taken: nothing was replaced; try again',
  )
}
