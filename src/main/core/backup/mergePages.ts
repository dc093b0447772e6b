import type { Database } from 'better-sqlite3'
import type { RestoreCounts } from '../../../shared/exports'
import { asStoryId } from '../../../shared/ids'
import type { AnchorTarget } from '../anchor/placeHighlights'
import { heirOf } from '../import/heirOf'
import { deletedHere } from './deletedHere'
import { matchPages } from './matchPages'
import { mergePageNames } from './mergePageNames'
import { BACKUP, copyRows, noCounts } from './restoreSql'

/**
 * Where one of the backup's stories is in the library after a merge; a story the library
 * deleted since has none (the merge leaves it and what was attached to it out).
 */
export interface MergedStory {
  localId: string
  localPage: number
  /** The backup's position of the story in its page (where an orphan is placed nearest to). */
  position: number
  /** The library's story has the backup's text: the backup's highlight offsets hold in it. */
  isSameText: boolean
  /** The library split this page otherwise: the story's annotations went to the story that took its text. */
  isRehomed: boolean
}

/** How the backup's pages and stories map onto the library's. */
export interface MergedPages {
  stories: Map<string, MergedStory>
  /** Backup page id to library page id, for the pages the merge added. */
  addedPages: Map<number, number>
  pages: RestoreCounts
  storyCounts: RestoreCounts
}

interface StoryRow {
  id: string
  sourceId: number
  position: number
  textHash: string
  localId: string | null
  localHash: string | null
  localPage: number | null
}

/** The library's stories of a page, in order, as targets for re-anchoring. */
export function pageTargets(
  db: Database,
  page: number,
): Array<AnchorTarget & { textHash: string }> {
  return db
    .prepare<[number], { id: string; body: string; position: number; textHash: string }>(
      `SELECT id, body, position, text_hash AS textHash FROM main.stories
       WHERE source_id = ? ORDER BY position`,
    )
    .all(page)
    .map((row) => ({ ...row, id: asStoryId(row.id) }))
}

const addPages = (db: Database, matched: Map<number, number>, counts: RestoreCounts) => {
  const added = new Map<number, number>()
  const isPathTaken = db
    .prepare<[number], number>(
      `SELECT EXISTS (SELECT 1 FROM main.sources m JOIN ${BACKUP}.sources b ON b.path = m.path
       WHERE b.id = ?)`,
    )
    .pluck()
  const insert = copyRows(db, 'sources', { skip: ['id'], where: 'id = @id' })
  // A path can name one page only: a page whose path the library gave to another is kept as
  // an upload (its text and stories are all there; only the link to the file is dropped).
  const insertUnlinked = copyRows(db, 'sources', {
    skip: ['id'],
    set: { origin: "'upload'", path: 'NULL' },
    where: 'id = @id',
  })
  const ids = db.prepare<[], number>(`SELECT id FROM ${BACKUP}.sources ORDER BY id`).pluck().all()
  for (const id of ids) {
    if (matched.has(id)) {
      counts.kept++
      continue
    }
    const statement = isPathTaken.get(id) === 1 ? insertUnlinked : insert
    added.set(id, Number(statement.run({ id }).lastInsertRowid))
    counts.added++
  }
  return added
}

const readStories = (db: Database): StoryRow[] =>
  db
    .prepare<[], StoryRow>(
      `SELECT b.id, b.source_id AS sourceId, b.position, b.text_hash AS textHash,
         m.id AS localId, m.text_hash AS localHash, m.source_id AS localPage
       FROM ${BACKUP}.stories b LEFT JOIN main.stories m ON m.id = b.id
       ORDER BY b.source_id, b.position`,
    )
    .all()

// A story the library lacks by id: on a page the merge added it is added; on a page both hold,
// it is the library's story with the same text, left out when the reader deleted it there since,
// or else the one that took most of its text.
const placeStories = (
  db: Database,
  rows: StoryRow[],
  pageOf: (backupPage: number) => { page: number; isAdded: boolean },
  merged: MergedPages,
  claimed: Set<string>,
): void => {
  const insert = copyRows(db, 'stories', { set: { source_id: '@page' }, where: 'id = @id' })
  const bodyOf = db
    .prepare<[string], string>(`SELECT body FROM ${BACKUP}.stories WHERE id = ?`)
    .pluck()
  const targets = new Map<number, ReturnType<typeof pageTargets>>()
  const isDeleted = deletedHere(db)
  for (const row of rows) {
    const { page, isAdded } = pageOf(row.sourceId)
    const pageStories = isAdded ? [] : (targets.get(page) ?? pageTargets(db, page))
    targets.set(page, pageStories)
    const twin = pageStories.find(
      (story) => story.textHash === row.textHash && !claimed.has(story.id),
    )
    // Deleted here since: left out, and so is what was attached to it (see deletedHere).
    if (!isAdded && !twin && isDeleted(page, row.id)) {
      merged.storyCounts.kept++
      continue
    }
    const heir = twin ?? heirOf(bodyOf.get(row.id) ?? '', row.position, pageStories)
    const at = { localPage: page, position: row.position }
    if (heir === undefined) {
      insert.run({ id: row.id, page })
      merged.stories.set(row.id, { ...at, localId: row.id, isSameText: true, isRehomed: false })
      merged.storyCounts.added++
      continue
    }
    if (twin) claimed.add(twin.id)
    const isSameText = twin !== undefined
    merged.stories.set(row.id, { ...at, localId: heir.id, isSameText, isRehomed: !isSameText })
    merged.storyCounts.kept++
  }
}

/**
 * Adds the backup's pages the library lacks, with their stories; on a page both hold, the
 * library's stories are kept as they are (its split may have been corrected since), and each
 * story of the backup is found there by id, by its text, or else in the story that took most of
 * its text (as a re-import re-homes what the reader attached to a story that is gone). A
 * page's name and date come along where the library's page has none (see mergePageNames).
 */
export function mergePages(db: Database): MergedPages {
  const pages = noCounts()
  const matched = matchPages(db)
  const addedPages = addPages(db, matched, pages)
  mergePageNames(db, matched, addedPages, pages)
  const merged: MergedPages = { stories: new Map(), addedPages, pages, storyCounts: noCounts() }
  const rows = readStories(db)
  const claimed = new Set<string>()
  for (const row of rows) {
    if (row.localId === null) continue
    merged.stories.set(row.id, {
      localId: row.localId,
      localPage: row.localPage!,
      position: row.position,
      isSameText: row.localHash === row.textHash,
      isRehomed: false,
    })
    claimed.add(row.localId)
    merged.storyCounts.kept++
  }
  const pageOf = (backupPage: number) => {
    const added = addedPages.get(backupPage)
    return added === undefined
      ? { page: matched.get(backupPage)!, isAdded: false }
      : { page: added, isAdded: true }
  }
  const missing = rows.filter((row) => row.localId === null)
  placeStories(db, missing, pageOf, merged, claimed)
  return merged
}
