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

// Only ids (and titles, for the title order): both are in the list's indexes (migration 9), so
// the rows, with their text, are never read. The whole order of 50,000 stories is a few hundred
// kilobytes, and the reader fetches the summaries of the rows it shows.
const FROM = `FROM stories st LEFT JOIN reading_state rs ON rs.story_id = st.id`

/**
 * The SQL of one order of the list: the ids alone where SQL gives the order (reading 10,000
 * titles too took 10 ms of 12), with their titles for the title order, sorted after.
 */
export const idsSql = (sort: ListSort): string =>
  listSql(sort === 'title' ? `SELECT st.id, st.title ${FROM}` : `SELECT st.id ${FROM}`, sort)

/** The order of the story list as ids, so the list can be shown a page at a time. */
export function storyOrderRepo(db: Database) {
  const ordered = new Map<ListSort, Statement<[ListParams], string>>()
  for (const sort of LIST_SORTS) {
    if (sort !== 'title') ordered.set(sort, db.prepare<[ListParams], string>(idsSql(sort)).pluck())
  }
  const titled = db.prepare<[ListParams], { id: string; title: string }>(idsSql('title'))
  return {
    /** Every story a list query keeps, in its order. */
    ids: (query: StoryListQuery = {}): StoryId[] => {
      const sort = listSortOf(query)
      if (sort !== 'title') return ordered.get(sort)!.all(listParams(query)).map(asStoryId)
      const rows = titled.all(listParams(query))
      rows.sort((a, b) => titleCollator.compare(a.title, b.title))
      return rows.map((row) => asStoryId(row.id))
    },
  }
}

/** The story order repository's shape. */
export type StoryOrderRepo = ReturnType<typeof storyOrderRepo>
