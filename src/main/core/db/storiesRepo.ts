import type { Database, Statement } from 'better-sqlite3'
import type { TagRef } from '../../../shared/annotations'
import {
  asCollectionId,
  asSourceId,
  asStoryId,
  type SourceId,
  type StoryId,
} from '../../../shared/ids'
import type { StoryListQuery } from '../../../shared/contract'
import type { Story, StoryKind, StorySummary } from '../../../shared/types'
import {
  LIST_SORTS,
  listParams,
  listSortOf,
  listSql,
  type ListParams,
  type ListSort,
} from './storyListSql'

/** The fields of a story the search index reads. */
export interface IndexableStory {
  id: StoryId
  title: string
  byline: string | null
  source: string
  body: string
}

/** A story as the importer writes it. */
export interface StoryRecord {
  id: StoryId
  sourceId: SourceId
  position: number
  title: string
  isTitleDerived: boolean
  byline: string | null
  kind: StoryKind
  originalText: string
  body: string
  textHash: string
  createdAt: string
}

/** What re-import needs to recognise a stored story. */
export interface StoredStoryKey {
  id: StoryId
  title: string
  textHash: string
  createdAt: string
}

interface SummaryRow {
  id: string
  source_id: number
  source_name: string
  position: number
  title: string
  is_title_derived: number
  byline: string | null
  kind: StoryKind
  head: string
  created_at: string
  is_read: number
  progress: number
  last_opened_at: string | null
  is_favorite: number
  highlight_count: number
  has_note: number
  tags_json: string
}

// The list's excerpt comes from the head of the body that triggers keep in story_docs (160
// characters), so listing never walks the overflow pages of a story's text.
const EXCERPT_LENGTH = 80
// Well under SQLite's limit on bound parameters.
const LOOKUP_CHUNK = 500
const titleCollator = new Intl.Collator('zh')

const SUMMARY = `
  SELECT st.id, st.source_id, so.name AS source_name, st.position, st.title, st.is_title_derived,
    st.byline, st.kind, coalesce(sd.head, '') AS head, st.created_at,
    COALESCE(rs.is_read, 0) AS is_read, COALESCE(rs.progress, 0) AS progress, rs.last_opened_at,
    COALESCE(rs.is_favorite, 0) AS is_favorite,
    (SELECT COUNT(*) FROM highlights h WHERE h.story_id = st.id) AS highlight_count,
    EXISTS (SELECT 1 FROM story_notes n WHERE n.story_id = st.id) AS has_note,
    (SELECT json_group_array(json_object('id', t.id, 'name', t.name, 'color', t.color))
      FROM story_tags sg JOIN tags t ON t.id = sg.tag_id WHERE sg.story_id = st.id) AS tags_json
  FROM stories st
  JOIN sources so ON so.id = st.source_id
  LEFT JOIN story_docs sd ON sd.story_id = st.id
  LEFT JOIN reading_state rs ON rs.story_id = st.id`

const byName = (a: TagRef, b: TagRef): number => titleCollator.compare(a.name, b.name)

const excerptOf = (head: string): string => {
  const chars = Array.from(head.replace(/\s+/g, ' ').trim())
  return chars.length > EXCERPT_LENGTH
    ? `${chars.slice(0, EXCERPT_LENGTH).join('')}…`
    : chars.join('')
}

const toSummary = (row: SummaryRow): StorySummary => ({
  id: asStoryId(row.id),
  sourceId: asSourceId(row.source_id),
  sourceName: row.source_name,
  position: row.position,
  title: row.title,
  isTitleDerived: row.is_title_derived === 1,
  byline: row.byline,
  kind: row.kind,
  excerpt: excerptOf(row.head),
  importedAt: row.created_at,
  isRead: row.is_read === 1,
  progress: row.progress,
  lastOpenedAt: row.last_opened_at,
  isFavorite: row.is_favorite === 1,
  highlightCount: row.highlight_count,
  hasNote: row.has_note === 1,
  tags: (JSON.parse(row.tags_json) as TagRef[]).sort(byName),
})

/** SQL for the stories table: what the splitter found, never the reader's state. */
export function storiesRepo(db: Database) {
  const listStatements = new Map<ListSort, Statement<[ListParams], SummaryRow>>()
  for (const sort of LIST_SORTS) {
    listStatements.set(sort, db.prepare<[ListParams], SummaryRow>(listSql(SUMMARY, sort)))
  }
  const summaryStatements = new Map<number, Statement<string[], SummaryRow>>()
  const summaryStatement = (size: number): Statement<string[], SummaryRow> => {
    let statement = summaryStatements.get(size)
    if (!statement) {
      const marks = Array.from({ length: size }, () => '?').join(', ')
      statement = db.prepare<string[], SummaryRow>(`${SUMMARY} WHERE st.id IN (${marks})`)
      summaryStatements.set(size, statement)
    }
    return statement
  }
  const collectionIds = db
    .prepare<[string], number>(
      'SELECT collection_id FROM collection_items WHERE story_id = ? ORDER BY collection_id',
    )
    .pluck()
  const one = db.prepare<[string], SummaryRow & { original_text: string; body: string }>(
    SUMMARY.replace('AS head,', 'AS head, st.original_text, st.body,') + ' WHERE st.id = ?',
  )
  const keys = db.prepare<
    [number],
    { id: string; title: string; text_hash: string; created_at: string }
  >('SELECT id, title, text_hash, created_at FROM stories WHERE source_id = ? ORDER BY position')
  const indexable = `SELECT st.id, st.title, st.byline, so.name AS source, st.body
    FROM stories st JOIN sources so ON so.id = st.source_id`
  const all = db.prepare<[], IndexableStory>(`${indexable} ORDER BY st.source_id, st.position`)
  const lookups = new Map<number, Statement<string[], IndexableStory>>()
  const lookupStatement = (size: number): Statement<string[], IndexableStory> => {
    let statement = lookups.get(size)
    if (!statement) {
      const marks = Array.from({ length: size }, () => '?').join(', ')
      statement = db.prepare<string[], IndexableStory>(`${indexable} WHERE st.id IN (${marks})`)
      lookups.set(size, statement)
    }
    return statement
  }
  const insert = db.prepare(`
    INSERT INTO stories (id, source_id, position, title, is_title_derived, byline, kind,
      original_text, body, text_hash, created_at)
    VALUES (@id, @sourceId, @position, @title, @isTitleDerived, @byline, @kind,
      @originalText, @body, @textHash, @createdAt)`)
  const update = db.prepare(`
    UPDATE stories SET position = @position, title = @title, is_title_derived = @isTitleDerived,
      byline = @byline, kind = @kind, original_text = @originalText, body = @body,
      text_hash = @textHash
    WHERE id = @id`)
  const remove = db.prepare<[string]>('DELETE FROM stories WHERE id = ?')
  const count = db.prepare<[], number>('SELECT COUNT(*) FROM stories').pluck()
  const shift = db.prepare<[number, number, number]>(
    'UPDATE stories SET position = position + ? WHERE source_id = ? AND position > ?',
  )
  const atPosition = db
    .prepare<[number, number], string>(
      'SELECT id FROM stories WHERE source_id = ? AND position >= ? ORDER BY position LIMIT 1',
    )
    .pluck()
  const exists = db.prepare<[string], number>('SELECT 1 FROM stories WHERE id = ?').pluck()

  const bind = (record: StoryRecord) => ({
    ...record,
    isTitleDerived: record.isTitleDerived ? 1 : 0,
  })

  return {
    list: (query: StoryListQuery = {}): StorySummary[] => {
      const sort = listSortOf(query)
      const summaries = listStatements.get(sort)!.all(listParams(query)).map(toSummary)
      // Collation happens here, not in SQL: SQLite has no Chinese (pinyin) collation.
      if (sort === 'title') summaries.sort((a, b) => titleCollator.compare(a.title, b.title))
      return summaries
    },
    /** Summaries of the given stories, in the order given; unknown ids are left out. */
    summaries: (ids: StoryId[]): StorySummary[] => {
      const byId = new Map<string, SummaryRow>()
      for (let start = 0; start < ids.length; start += LOOKUP_CHUNK) {
        const chunk = ids.slice(start, start + LOOKUP_CHUNK)
        for (const row of summaryStatement(chunk.length).all(...chunk)) byId.set(row.id, row)
      }
      return ids.flatMap((id) => {
        const row = byId.get(id)
        return row === undefined ? [] : [toSummary(row)]
      })
    },
    get: (id: StoryId): Story | null => {
      const row = one.get(id)
      if (!row) return null
      return {
        ...toSummary(row),
        originalText: row.original_text,
        body: row.body,
        collectionIds: collectionIds.all(id).map(asCollectionId),
      }
    },
    keysOfSource: (sourceId: SourceId): StoredStoryKey[] =>
      keys.all(sourceId).map((row) => ({
        id: asStoryId(row.id),
        title: row.title,
        textHash: row.text_hash,
        createdAt: row.created_at,
      })),
    /**
     * Every story in the fields the search index reads, in library order, one row at a time so
     * a pass over the library never holds all its text.
     */
    iterateIndexable: (): IterableIterator<IndexableStory> => all.iterate(),
    /** Stories by id for the search index; unknown ids are left out. */
    lookup: (ids: StoryId[]): IndexableStory[] => {
      const found: IndexableStory[] = []
      for (let start = 0; start < ids.length; start += LOOKUP_CHUNK) {
        const chunk = ids.slice(start, start + LOOKUP_CHUNK)
        found.push(...lookupStatement(chunk.length).all(...chunk))
      }
      return found
    },
    insert: (record: StoryRecord): void => {
      insert.run(bind(record))
    },
    update: (record: StoryRecord): void => {
      update.run(bind(record))
    },
    remove: (id: StoryId): void => {
      remove.run(id)
    },
    count: (): number => count.get() ?? 0,
    /** Moves every story of a page after `position` by `delta` places. */
    shiftAfter: (sourceId: SourceId, position: number, delta: number): void => {
      shift.run(delta, sourceId, position)
    },
    /**
     * The story at a place in its page, or the first one after it (a deleted story leaves a gap
     * in the places); null when there is none.
     */
    idAt: (sourceId: SourceId, position: number): StoryId | null => {
      const id = atPosition.get(sourceId, position)
      return id === undefined ? null : asStoryId(id)
    },
    exists: (id: StoryId): boolean => exists.get(id) !== undefined,
  }
}

/** The stories repository's shape. */
export type StoriesRepo = ReturnType<typeof storiesRepo>
