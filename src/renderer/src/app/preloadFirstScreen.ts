import { prefetchQuery } from '../data/queryCache'
import { collectionsQuery } from '../features/collections/useCollections'
import { viewQuery, type LibraryView } from '../features/library/libraryView'
import { libraryInfoQuery } from '../features/library/useLibraryInfo'
import { sourcesQuery } from '../features/library/useSources'
import { preloadSettings } from '../features/settings/preloadSettings'
import type { StorySort } from '../features/stories/SortSelect'
import { storyIdsQuery } from '../features/stories/useStoryIds'
import { FIRST_PAGES, SUMMARY_TOPICS, summaryPages } from '../features/stories/useStorySummaries'
import { tagsQuery } from '../features/tags/useTags'

/** The library view the shell opens on. */
export const START_VIEW: LibraryView = { kind: 'all' }
/** The order the story list opens in. */
export const START_SORT: StorySort = 'position'

/**
 * Asks for what the first screen shows as the script starts, through the same cache keys the
 * hooks use: settings, the library pane's lists, the story ids and then the first rows' summaries.
 * Asked for from React's effects instead, they left after the first render and each answer
 * rendered the shell again (at 10,000 stories the rows showed ~600 ms after the script ran).
 * Resolves when everything has answered, failures included (the hooks show those).
 */
export const preloadFirstScreen = (): Promise<unknown> => {
  const rows = prefetchQuery(storyIdsQuery(viewQuery(START_VIEW, START_SORT))).then(({ data }) =>
    Promise.all(
      summaryPages(data ?? [], FIRST_PAGES).map(({ key, load }) =>
        prefetchQuery({ key, load, topics: SUMMARY_TOPICS }),
      ),
    ),
  )
  return Promise.all([
    preloadSettings(),
    prefetchQuery(libraryInfoQuery),
    prefetchQuery(sourcesQuery),
    prefetchQuery(tagsQuery),
    prefetchQuery(collectionsQuery),
    rows,
  ])
}
