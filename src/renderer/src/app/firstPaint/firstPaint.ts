import type { Settings } from '../../../../shared/contract'
import type { StoryId } from '../../../../shared/ids'
import type { ReaderSession } from '../../../../shared/session'
import type { StorySummary } from '../../../../shared/types'
import { querySnapshot } from '../../data/queryCache'
import { viewQuery } from '../../features/library/libraryView'
import { prefetchStory } from '../../features/reader/prefetchStory'
import { applyAppearance, applyLanguage } from '../../features/settings/applyAppearance'
import { preloadedSettings } from '../../features/settings/preloadSettings'
import { storyIdsQuery } from '../../features/stories/useStoryIds'
import { FIRST_PAGES, summaryPages } from '../../features/stories/useStorySummaries'
import { resolveLanguage } from '../../i18n/resolveLanguage'
import { paneColumns } from '../paneColumns'
import { chooseFirstStory, restoredSession } from '../readerSession'
import { element, firstPaintRow } from './firstPaintRows'

// The first paint: the story list's first rows drawn from the first screen's answers while the
// app's script (React DOM, i18next, the features: ~500 kB) is still fetched, compiled and run,
// which at 10,000 stories on two cores kept the rows ~250 ms longer off the screen. The panes
// stand where the app puts them, with the same classes, so its first render (which replaces
// this, see main.tsx) moves nothing; their controls and words come with it. A row clicked
// meanwhile is the story the app opens.

// Rows shorter than this fill a window: enough to fill any window, few to draw.
const MIN_ROW_PX = 48

/** The view's ids and its first page of summaries, when both answered with stories. */
const firstRowsOf = (
  session: ReaderSession,
): { ids: StoryId[]; summaries: StorySummary[] } | null => {
  const key = storyIdsQuery(viewQuery(session.view, session.sort)).key
  const ids = querySnapshot(key)?.data as StoryId[] | undefined
  if (!ids || ids.length === 0) return null
  const [page] = summaryPages(ids, FIRST_PAGES)
  const summaries = page && (querySnapshot(page.key)?.data as StorySummary[] | undefined)
  return summaries && summaries.length > 0 ? { ids, summaries } : null
}

/** The list pane: an empty header of its height, and the rows in a scroller like the list's. */
const listPane = (
  rows: { ids: StoryId[]; summaries: StorySummary[] },
  session: ReaderSession,
): HTMLElement => {
  const pane = element('section', 'pane pane--list')
  const header = element('div', 'pane-header')
  const heading = element('div', 'pane-heading')
  // A space each: the heading's two lines keep the header's height until the app names them.
  heading.append(element('h2', 'pane-title', '\u00a0'), element('span', 'pane-count', '\u00a0'))
  header.append(heading)
  const scroller = element('div', 'listbox')
  scroller.style.cssText = 'height: 100%; overflow-y: auto; position: relative;'
  const list = element('div', '')
  const shown = rows.summaries.slice(0, Math.ceil(window.innerHeight / MIN_ROW_PX))
  const options = { isSourceShown: session.view.kind !== 'source', openId: session.openStoryId }
  list.append(...shown.map((story) => firstPaintRow(story, options)))
  // The rest of the list as room below, so the scroll bar is there as in the app's list.
  list.style.paddingBottom = `${(rows.ids.length - shown.length) * MIN_ROW_PX}px`
  scroller.append(list)
  const body = element('div', 'pane-body')
  body.append(scroller)
  pane.append(header, body)
  return pane
}

// A click on a row opens that story once the app runs, and shows it chosen at once.
const onRowClick = (event: MouseEvent): void => {
  const option = (event.target as Element).closest<HTMLElement>('[data-story-id]')
  if (!option?.dataset.storyId) return
  const id = option.dataset.storyId as StoryId
  chooseFirstStory(id)
  prefetchStory(id)
  for (const other of option.parentElement?.children ?? []) {
    other.classList.toggle('is-active', other === option)
    other.classList.toggle('is-open', other === option)
  }
}

/** The three panes, the list with its rows, in the grid the app lays them out in. */
const firstScreen = (
  settings: Settings,
  session: ReaderSession,
  rows: { ids: StoryId[]; summaries: StorySummary[] },
): HTMLElement | null => {
  const layout = paneColumns({
    settings,
    windowWidth: window.innerWidth,
    hasStory: session.openStoryId !== null,
  })
  if (!layout.docked.list) return null
  const app = element('div', 'app')
  app.dataset.testid = 'first-paint'
  app.setAttribute('aria-busy', 'true')
  const workspace = element('div', 'workspace')
  workspace.style.gridTemplateColumns = layout.gridTemplate
  if (layout.docked.library)
    workspace.append(element('nav', 'pane pane--library'), element('div', 'splitter'))
  workspace.append(listPane(rows, session), element('div', 'splitter'))
  workspace.append(element('main', 'pane pane--reader'))
  workspace.addEventListener('click', onRowClick)
  app.append(element('header', 'top-bar'), workspace)
  return app
}

/**
 * Draws the first screen's rows into `root` before the app runs, when its answers are in: the
 * settings, and the ids and first summaries of the list the reader left (a search or the
 * highlights view shows other rows, and is left to the app). True when it drew them.
 */
export const paintFirstScreen = (root: HTMLElement): boolean => {
  const settings = preloadedSettings()
  if (!settings?.ok) return false
  const session = restoredSession()
  if (session.query.trim() !== '' || session.view.kind === 'highlights') return false
  const rows = firstRowsOf(session)
  const screen = rows && firstScreen(settings.value, session, rows)
  if (!screen) return false
  applyAppearance(settings.value)
  applyLanguage(resolveLanguage(settings.value.language))
  root.replaceChildren(screen)
  return true
}
