import type { Database } from 'better-sqlite3'
import type {
  HighlightColor,
  HighlightQuery,
  TextPositionSelector,
  TextQuoteSelector,
} from '../../../shared/annotations'
import {
  asHighlightId,
  asSourceId,
  asStoryId,
  type HighlightId,
  type SourceId,
  type StoryId,
} from '../../../shared/ids'

/** A highlight row as stored (tags are joined separately). */
export interface HighlightRecord {
  id: HighlightId
  storyId: StoryId
  color: HighlightColor
  note: string
  quote: TextQuoteSelector
  position: TextPositionSelector
  isOrphan: boolean
  createdAt: string
  updatedAt: string
}

/** A stored highlight with its story's title and page. */
export interface HighlightListRecord extends HighlightRecord {
  storyTitle: string
  sourceId: SourceId
  sourceName: string
}

interface Row {
  id: string
  story_id: string
  color: HighlightColor
  note: string
  exact: string
  prefix: string
  suffix: string
  start: number
  end: number
  is_orphan: number
  created_at: string
  updated_at: string
}

const toRecord = (row: Row): HighlightRecord => ({
  id: asHighlightId(row.id),
  storyId: asStoryId(row.story_id),
  color: row.color,
  note: row.note,
  quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix },
  position: { start: row.start, end: row.end },
  isOrphan: row.is_orphan === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

const LIST = `
  SELECT h.*, st.title AS story_title, st.source_id, so.name AS source_name
  FROM highlights h JOIN stories st ON st.id = h.story_id JOIN sources so ON so.id = st.source_id
  WHERE (@storyId IS NULL OR h.story_id = @storyId)
    AND (@color IS NULL OR h.color = @color)
    AND (@sourceId IS NULL OR st.source_id = @sourceId)
    AND (@isOrphan IS NULL OR h.is_orphan = @isOrphan)
    AND (@tagId IS NULL OR EXISTS
      (SELECT 1 FROM highlight_tags ht WHERE ht.highlight_id = h.id AND ht.tag_id = @tagId))`

/** SQL for highlights: selectors against the story's cleaned body, colour and note. */
export function highlightsRepo(db: Database) {
  const one = db.prepare<[string], Row>('SELECT * FROM highlights WHERE id = ?')
  const ofStory = db.prepare<[string], Row>(
    'SELECT * FROM highlights WHERE story_id = ? ORDER BY start, end',
  )
  const ofSource = db.prepare<[number], Row>(`
    SELECT h.* FROM highlights h JOIN stories st ON st.id = h.story_id
    WHERE st.source_id = ? ORDER BY st.position, h.start`)
  const list = db.prepare<
    [Record<string, unknown>],
    Row & { story_title: string; source_id: number; source_name: string }
  >(`${LIST} ORDER BY CASE WHEN @storyId IS NULL THEN 0 ELSE h.start END, h.created_at DESC`)
  const insert = db.prepare(`
    INSERT INTO highlights (id, story_id, color, note, exact, prefix, suffix, start, end,
      is_orphan, created_at, updated_at)
    VALUES (@id, @storyId, @color, @note, @exact, @prefix, @suffix, @start, @end, @isOrphan,
      @createdAt, @updatedAt)`)
  const update = db.prepare(`
    UPDATE highlights SET story_id = @storyId, color = @color, note = @note, exact = @exact,
      prefix = @prefix, suffix = @suffix, start = @start, end = @end, is_orphan = @isOrphan,
      updated_at = @updatedAt
    WHERE id = @id`)
  const remove = db.prepare<[string]>('DELETE FROM highlights WHERE id = ?')

  const bind = (record: HighlightRecord) => ({
    id: record.id,
    storyId: record.storyId,
    color: record.color,
    note: record.note,
    ...record.quote,
    ...record.position,
    isOrphan: record.isOrphan ? 1 : 0,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  })

  const removeOfSource = db.prepare<[number]>(
    'DELETE FROM highlights WHERE story_id IN (SELECT id FROM stories WHERE source_id = ?)',
  )

  return {
    /** Deletes every row of a page's stories (these rows do not cascade). */
    removeOfSource: (sourceId: SourceId): void => {
      removeOfSource.run(sourceId)
    },
    get: (id: HighlightId): HighlightRecord | null => {
      const row = one.get(id)
      return row ? toRecord(row) : null
    },
    ofStory: (storyId: StoryId): HighlightRecord[] => ofStory.all(storyId).map(toRecord),
    ofSource: (sourceId: SourceId): HighlightRecord[] => ofSource.all(sourceId).map(toRecord),
    list: (query: HighlightQuery): HighlightListRecord[] =>
      list
        .all({
          storyId: query.storyId ?? null,
          color: query.color ?? null,
          sourceId: query.sourceId ?? null,
          isOrphan: query.isOrphan === undefined ? null : query.isOrphan ? 1 : 0,
          tagId: query.tagId ?? null,
        })
        .map((row) => ({
          ...toRecord(row),
          storyTitle: row.story_title,
          sourceId: asSourceId(row.source_id),
          sourceName: row.source_name,
        })),
    insert: (record: HighlightRecord): void => {
      insert.run(bind(record))
    },
    update: (record: HighlightRecord): void => {
      update.run(bind(record))
    },
    remove: (id: HighlightId): void => {
      remove.run(id)
    },
  }
}

/** The highlights repository's shape. */
export type HighlightsRepo = ReturnType<typeof highlightsRepo>
