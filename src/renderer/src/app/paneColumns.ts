import type { Settings } from '../../../shared/contract'
import { readerMinWidth } from '../features/reader/readingMeasure'

/** The panes that can be resized and hidden. */
export type SidePane = 'library' | 'list'

/** A pane's width limits in pixels. */
export interface PaneLimits {
  min: number
  max: number
}

const SPLITTER = 1
const LIMITS = { library: { min: 180, max: 360 }, list: { min: 260, max: 600 } } as const

/** What the docked panes and their widths follow. */
export interface PaneInputs {
  settings: Pick<Settings, 'paneWidths' | 'collapsedPanes' | 'fontSize' | 'highlightPanelWidth'>
  windowWidth: number
  hasStory: boolean
  /** Widths while a splitter is dragged, not yet saved. */
  draft?: { library: number; list: number } | null
  isFocusMode?: boolean
}

/** Which panes are docked, their widths and limits, and the workspace's grid columns. */
export interface PaneColumns {
  docked: { library: boolean; list: boolean }
  widths: { library: number; list: number }
  limits: { library: PaneLimits; list: PaneLimits }
  /** Which panes dock when `hidden` are hidden (see paneColumns). */
  dock: (hidden: { library: boolean; list: boolean }) => { library: boolean; list: boolean }
  gridTemplate: string
}

const clamp = (value: number, { min, max }: PaneLimits) => Math.min(Math.max(value, min), max)

/**
 * Widths and docking of the library and list panes (usePaneLayout; the first paint before the
 * app runs, see firstPaint.ts). The reading column comes first: when the window cannot give it
 * ~28 characters a line beside the open panes (and the notes panel), the library docks out,
 * then the list.
 */
export const paneColumns = ({
  settings,
  windowWidth,
  hasStory,
  draft = null,
  isFocusMode = false,
}: PaneInputs): PaneColumns => {
  const [savedLibrary, savedList] = settings.paneWidths
  const base = draft ?? { library: savedLibrary, list: savedList }
  const panel = hasStory ? settings.highlightPanelWidth : 0
  const readerMin = readerMinWidth(settings.fontSize) + panel

  const room = (pane: SidePane, other: number, isOtherShown: boolean): PaneLimits => {
    const max = windowWidth - readerMin - (isOtherShown ? other + SPLITTER : 0) - SPLITTER
    return {
      min: LIMITS[pane].min,
      max: Math.max(LIMITS[pane].min, Math.min(LIMITS[pane].max, max)),
    }
  }
  const library = clamp(base.library, LIMITS.library)
  const list = clamp(base.list, room('list', library, false))

  // The list outranks the library: j/k browse it while the story is read.
  const dock = (hidden: { library: boolean; list: boolean }) => {
    const isList = !hidden.list && readerMin + list + SPLITTER <= windowWidth
    const used = readerMin + (isList ? list + SPLITTER : 0)
    const isLibrary = !hidden.library && used + library + SPLITTER <= windowWidth
    return { library: isLibrary, list: isList }
  }
  const docked = isFocusMode ? { library: false, list: false } : dock(settings.collapsedPanes)
  const limits = {
    library: room('library', list, docked.list),
    list: room('list', library, docked.library),
  }
  const widths = {
    library: docked.library ? clamp(library, limits.library) : library,
    list: docked.list ? clamp(list, limits.list) : list,
  }
  const columns = [
    ...(docked.library ? [`${widths.library}px`, `${SPLITTER}px`] : []),
    ...(docked.list ? [`${widths.list}px`, `${SPLITTER}px`] : []),
    'minmax(0, 1fr)',
  ]
  return { docked, widths, limits, dock, gridTemplate: columns.join(' ') }
}
