import type { Database, Statement } from 'better-sqlite3'
import type { StoryListQuery } from '../../../shared/contract'
import { asStoryId, type StoryId } from '../../../shared/ids'
import {
  LIST_SORTS,
  listParams,
  listSortOf,
  listSql,
  type ListParams,
  type ListSort,
} from './storyListSql'

const titleCollator = new Intl.Collator('zh')

// Only ids and titles: both are in the list's indexes (migration 9), so the rows, with their
// text, are never read. The whole order of 50,000 stories is a few hundred kilobytes, and the
// reader fetches the summaries of the rows it shows.
export const IDS_SELECT = `SELECT st.id, st.title FROM stories st
  LEFT JOIN reading_state rs ON rs.story_id = st.id`

/** The order of the story list as ids, so the list can be shown a page at a time. */
export function storyOrderRepo(db: Database) {
  const statements = new Map<ListSort, Statement<[ListParams], { id: string; title: string }>>()
  for (const sort of LIST_SORTS) statements.set(sort, db.prepare(listSql(IDS_SELECT, sort)))
  return {
    /** Every story a list query keeps, in its order. */
    ids: (query: StoryListQuery = {}): StoryId[] => {
      const sort = listSortOf(query)
      const rows = statements.get(sort)!.all(listParams(query))
      if (sort === 'title') rows.sort((a, b) => titleCollator.compare(a.title, b.title))
      return rows.map((row) => asStoryId(row.id))
    },
  }
}

/** The story order repository's shape. */
export type StoryOrderRepo = ReturnType<typeof storyOrderRepo>
