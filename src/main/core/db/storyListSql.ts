import type { StoryListQuery } from '../../../shared/contract'

/** The bound parameters of a story-list query. */
export interface ListParams {
  sourceId: number | null
  tagId: number | null
  collectionId: number | null
  isFavorite: number | null
  /** 0: unread only, 1: read only, null: both. */
  readFilter: number | null
}

// Title order is applied after SQL (SQLite has no pinyin collation), from library order.
const ORDER = {
  position: 'ORDER BY st.source_id, st.position',
  title: 'ORDER BY st.source_id, st.position',
  imported: 'ORDER BY st.created_at DESC, st.source_id, st.position',
  lastOpened:
    'ORDER BY rs.last_opened_at IS NULL, rs.last_opened_at DESC, st.source_id, st.position',
  collection: 'ORDER BY ci.position',
} as const

/** An order the story list can be read in. */
export type ListSort = keyof typeof ORDER

/** Every order, to prepare one statement each. */
export const LIST_SORTS = Object.keys(ORDER) as ListSort[]

/** The order a query asks for: a collection keeps its own order unless told otherwise. */
export const listSortOf = (query: StoryListQuery): ListSort =>
  query.sort ?? (query.collectionId === undefined ? 'position' : 'collection')

/** The parameters a query binds. */
export const listParams = (query: StoryListQuery): ListParams => ({
  sourceId: query.sourceId ?? null,
  tagId: query.tagId ?? null,
  collectionId: query.collectionId ?? null,
  isFavorite: query.isFavorite === undefined ? null : query.isFavorite ? 1 : 0,
  readFilter: query.isUnread === undefined ? null : query.isUnread ? 0 : 1,
})

/**
 * The story-list query over `select` (which names stories `st` and reading state `rs`): the
 * filters of a StoryListQuery and the order of `sort`.
 */
export const listSql = (select: string, sort: ListSort): string => `${select}
  LEFT JOIN collection_items ci ON ci.story_id = st.id AND ci.collection_id = @collectionId
  WHERE (@sourceId IS NULL OR st.source_id = @sourceId)
    AND (@readFilter IS NULL OR COALESCE(rs.is_read, 0) = @readFilter)
    AND (@isFavorite IS NULL OR COALESCE(rs.is_favorite, 0) = @isFavorite)
    AND (@collectionId IS NULL OR ci.story_id IS NOT NULL)
    AND (@tagId IS NULL OR EXISTS
      (SELECT 1 FROM story_tags sg WHERE sg.story_id = st.id AND sg.tag_id = @tagId))
  ${ORDER[sort]}`
