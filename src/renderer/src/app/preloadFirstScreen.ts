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

// What the library pane lists; asked for once the ids have answered, so that a busy library
// answers the story list's requests first.
const PANE_LISTS = [libraryInfoQuery, sourcesQuery, tagsQuery, collectionsQuery]

/**
 * Asks for what the first screen shows as the script starts, through the same cache keys the
 * hooks use: settings, the story ids and then the first rows' summaries, and the library
 * pane's lists. Asked for from React's effects instead, they left after the first render and
 * each answer rendered the shell again (at 10,000 stories the rows showed ~600 ms after the
 * script ran). Resolves when the settings and the first rows have answered, failures included
 * (the hooks show those); the library pane's lists fill in when they come.
 */
export const preloadFirstScreen = (): Promise<unknown> => {
  const rows = prefetchQuery(storyIdsQuery(viewQuery(START_VIEW, START_SORT))).then(({ data }) => {
    const pages = summaryPages(data ?? [], FIRST_PAGES).map(({ key, load }) =>
      prefetchQuery({ key, load, topics: SUMMARY_TOPICS }),
    )
    for (const query of PANE_LISTS) void prefetchQuery<unknown>(query)
    return Promise.all(pages)
  })
  return Promise.all([preloadSettings(), rows])
}
