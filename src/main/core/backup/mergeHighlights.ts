import type { Database } from 'better-sqlite3'
import type { RestoreCounts } from '../../../shared/exports'
import { asHighlightId, asStoryId, type StoryId } from '../../../shared/ids'
import { placeHighlights } from '../anchor/placeHighlights'
import type { Repos } from '../db/createRepos'
import type { HighlightRecord } from '../db/highlightsRepo'
import { columnsOf } from './derivedTables'
import type { MergedNames } from './mergeLabels'
import { pageTargets, type MergedStory } from './mergePages'
import { BACKUP, copyRows, noCounts } from './restoreSql'

interface Row {
  id: string
  storyId: string
  updatedAt: string
  localStory: string | null
  localUpdatedAt: string | null
}

// What the reader edits on a highlight: its colour and note. The rest is where it sits, which
// only holds in the text it was made on.
const EDITED = ['color', 'note', 'updated_at']

const takeColumns = (db: Database, columns: string[]) => {
  const list = columns.map((column) => `"${column}"`).join(', ')
  return db.prepare(`
    UPDATE main.highlights SET (${list}) =
      (SELECT ${list} FROM ${BACKUP}.highlights b WHERE b.id = @id)
    WHERE id = @id`)
}

// Highlights added on a story whose text the library holds otherwise (corrected, or split
// differently) are placed again in the library's stories of the page, as a re-import places them:
// found again, or kept as an orphan on the nearest story; never dropped.
const placeAgain = (
  repos: Repos,
  moved: Array<{ id: string; from: string; story: MergedStory }>,
  updatedAt: string,
): void => {
  const byPage = new Map<number, HighlightRecord[]>()
  const oldPositions = new Map<StoryId, number>()
  for (const { id, from, story } of moved) {
    const record = repos.highlights.get(asHighlightId(id))!
    // The story it was made on: the library's own when it has it, else a name no story has, so
    // every story of the page is tried and the orphan goes nearest to where it was.
    const storyId = asStoryId(story.isRehomed ? from : story.localId)
    oldPositions.set(storyId, story.position)
    byPage.set(story.localPage, [...(byPage.get(story.localPage) ?? []), { ...record, storyId }])
  }
  for (const [page, records] of byPage) {
    placeHighlights(repos, records, pageTargets(repos.db, page), oldPositions, updatedAt)
  }
}

/**
 * Adds the backup's highlights the library lacks and takes the backup's version of one both
 * hold when it is newer (by updated_at); adds their tags. Never removes a highlight or a tag.
 */
export function mergeHighlights(
  repos: Repos,
  stories: Map<string, MergedStory>,
  tags: MergedNames,
  now: string,
): RestoreCounts {
  const { db } = repos
  const counts = noCounts()
  const insert = copyRows(db, 'highlights', { set: { story_id: '@story' }, where: 'id = @id' })
  // Every column but the id, the creation time and the story (the highlight was made once, on
  // the story the library holds under the same id).
  const takeAll = takeColumns(
    db,
    columnsOf(db, 'main', 'highlights').filter(
      (name) => !['id', 'created_at', 'story_id'].includes(name),
    ),
  )
  const takeEdits = takeColumns(db, EDITED)
  const rows = db
    .prepare<[], Row>(
      `SELECT b.id, b.story_id AS storyId, b.updated_at AS updatedAt,
         m.story_id AS localStory, m.updated_at AS localUpdatedAt
       FROM ${BACKUP}.highlights b LEFT JOIN main.highlights m ON m.id = b.id
       ORDER BY b.story_id, b.start, b.id`,
    )
    .all()
  const moved: Array<{ id: string; from: string; story: MergedStory }> = []
  // Highlights of a story the library deleted since stay out, with their tags.
  const left = new Set<string>()
  for (const row of rows) {
    const story = stories.get(row.storyId)
    if (story === undefined) {
      left.add(row.id)
      continue
    }
    if (row.localStory === null) {
      insert.run({ id: row.id, story: story.localId })
      if (!story.isSameText) moved.push({ id: row.id, from: row.storyId, story })
      counts.added++
    } else if (row.updatedAt > row.localUpdatedAt!) {
      // The backup's place holds only on the same story with the same text.
      const isSamePlace = row.localStory === story.localId && story.isSameText
      ;(isSamePlace ? takeAll : takeEdits).run({ id: row.id })
      counts.updated++
    } else counts.kept++
  }
  placeAgain(repos, moved, now)
  const tag = copyRows(db, 'highlight_tags', {
    set: { tag_id: '@tag' },
    where: 'highlight_id = @id AND tag_id = @backupTag',
    isOrIgnore: true,
  })
  const highlightTags = db
    .prepare<[], { id: string; backupTag: number }>(
      `SELECT highlight_id AS id, tag_id AS backupTag FROM ${BACKUP}.highlight_tags`,
    )
    .all()
  for (const row of highlightTags) {
    if (!left.has(row.id)) tag.run({ ...row, tag: tags.ids.get(row.backupTag)! })
  }
  return counts
}
