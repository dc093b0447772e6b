import type { Result, StoryListPage } from '../../../shared/contract'
import { api } from '../data/api'
import { prefetchQuery, type QueryDef } from '../data/queryCache'
import { collectionsQuery } from '../features/collections/useCollections'
import { viewQuery } from '../features/library/libraryView'
import { libraryInfoQuery } from '../features/library/useLibraryInfo'
import { sourcesQuery } from '../features/library/useSources'
import { preloadSettings } from '../features/settings/preloadSettings'
import { prefetchStory } from '../features/reader/prefetchStory'
import { storyIdsQuery } from '../features/stories/useStoryIds'
import {
  FIRST_PAGES,
  SUMMARY_PAGE_SIZE,
  SUMMARY_TOPICS,
  summaryPages,
} from '../features/stories/useStorySummaries'
import { tagsQuery } from '../features/tags/useTags'
import { START_SESSION } from '../../../shared/session'
import type { ReaderSession } from '../../../shared/session'
import { readSessionHint, sessionOfSettings } from './readerSession'

// What the library pane lists; asked for once the first rows have answered and the app has
// shown its first screen, so that a busy library answers the story list's requests first.
const PANE_LISTS: ReadonlyArray<QueryDef<unknown>> = [
  libraryInfoQuery,
  sourcesQuery,
  tagsQuery,
  collectionsQuery,
]

let showFirstScreen: () => void = () => {}
const isFirstScreenShown = new Promise<void>((resolve) => (showFirstScreen = resolve))

/**
 * The app has rendered and painted its first screen (main.tsx, at the first idle moment after
 * it started): the library pane's lists may be asked for now.
 */
export const firstScreenShown = (): void => showFirstScreen()

const valueOf = <T, U>(result: Result<T>, pick: (value: T) => U): Result<U> =>
  result.ok ? { ok: true, value: pick(result.value) } : result

/**
 * The rows of one list: its ids, then the summaries of its first pages, through the cache keys
 * the list's hooks use. When the cache has no ids for the list yet, both come in one request
 * (stories:firstPage): asked for one after the other, the summaries waited a round trip, and on
 * a busy page thread (the app's script compiling) a task or two more, behind the ids.
 */
const loadRows = (session: ReaderSession): Promise<unknown> => {
  const query = viewQuery(session.view, session.sort)
  // Every row up to the last first page: the ids' first summaries, in one answer.
  const count = (FIRST_PAGES[1] + 1) * SUMMARY_PAGE_SIZE
  let both: Promise<Result<StoryListPage>> | null = null
  const ids = storyIdsQuery(query)
  const loadIds = () => {
    both = api.storiesFirstPage(query, count)
    return both.then((result) => valueOf(result, (page) => page.ids))
  }
  return prefetchQuery({ ...ids, load: loadIds }).then(({ data }) =>
    Promise.all(
      summaryPages(data ?? [], FIRST_PAGES).map(({ key, load }, index) => {
        const start = (FIRST_PAGES[0] + index) * SUMMARY_PAGE_SIZE
        // The first answer's summaries when these ids came with them; else a request of its own.
        const fromBoth = both?.then((result) =>
          valueOf(result, (page) => page.summaries.slice(start, start + SUMMARY_PAGE_SIZE)),
        )
        return prefetchQuery({ key, topics: SUMMARY_TOPICS, load: () => fromBoth ?? load() })
      }),
    ),
  )
}

/**
 * Asks for what the first screen shows as the script starts, through the same cache keys the
 * hooks use: settings, the story ids and then the first rows' summaries, the story left open,
 * and the library pane's lists. Asked for from React's effects instead, they left after the
 * first render and each answer rendered the shell again (at 10,000 stories the rows showed
 * ~600 ms after the script ran). The list is the one the reader left (Settings.session): the
 * browser's copy of it is asked for at once, and the library's, if it differs, when the
 * settings answer. Resolves when the settings and the first rows have answered, failures
 * included (the hooks show those); the library pane's lists are asked for once the rows have
 * answered and the first screen is shown (firstScreenShown), and fill in when they come.
 */
export const preloadFirstScreen = (): Promise<unknown> => {
  const settings = preloadSettings()
  // Without a copy (a first visit, a new address) the likeliest list is the one a new reader sees.
  const hint = readSessionHint() ?? START_SESSION
  void loadRows(hint)
  if (hint.openStoryId !== null) prefetchStory(hint.openStoryId)
  const rows = settings.then((result) => {
    const session = sessionOfSettings(result)
    if (session.openStoryId !== null && session.openStoryId !== hint.openStoryId) {
      prefetchStory(session.openStoryId)
    }
    // The same keys as the hint's when they agree: the cache answers both from one request.
    return loadRows(session)
  })
  // Held in the cache as requests already under way, so the shell's hooks (which mount after
  // at most 250 ms, see main.tsx) share them instead of asking at once: asked for then, they
  // reached a cold library before the rows' summaries and were answered first (at 10,000
  // stories the first rows waited ~200 ms behind them). They wait for the first screen too:
  // answered while the app's script was compiled and the rows rendered (sources alone is
  // ~480 kB of JSON at 10,000 stories), they took the two cores the first rows were waiting on.
  const paneListsMayLoad = Promise.all([rows.catch(() => null), isFirstScreenShown])
  for (const query of PANE_LISTS) {
    const load = () => query.load()
    void prefetchQuery({ ...query, load: () => paneListsMayLoad.then(load) })
  }
  return Promise.all([settings, rows])
}
