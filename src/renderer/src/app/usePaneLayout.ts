import { useCallback, useState } from 'react'
import { readerMinWidth } from '../features/reader/readingMeasure'
import { useSettings } from '../features/settings/useSettings'
import { useWindowWidth } from '../ui/useWindowWidth'

/** The panes that can be resized and hidden. */
export type SidePane = 'library' | 'list'

const SPLITTER = 1
const LIMITS = { library: { min: 180, max: 360 }, list: { min: 260, max: 600 } } as const

/** Pane sizes and visibility, derived from settings, clamped to the window, saved on change. */
export interface PaneLayout {
  widths: { library: number; list: number }
  limits: { library: { min: number; max: number }; list: { min: number; max: number } }
  /** Not on screen: hidden by the reader, or docked out for want of room and not floating. */
  collapsed: { library: boolean; list: boolean }
  /** The pane floating over the reader (opened while there is no room to dock it). */
  overlay: SidePane | null
  /** True while focus mode shows the story alone. */
  isFocusMode: boolean
  resize: (pane: SidePane, width: number) => void
  commit: (pane: SidePane, width: number) => void
  toggle: (pane: SidePane) => void
  closeOverlay: () => void
  setFocusMode: (isOn: boolean) => void
  gridTemplate: string
}

/**
 * Widths and visibility of the library and list panes. The reading column comes first: when
 * the window cannot give it ~28 characters a line beside the open panes (and the notes panel),
 * the library docks out, then the list; a pane opened without room floats over the reader.
 */
export const usePaneLayout = ({ hasStory }: { hasStory: boolean }): PaneLayout => {
  const { settings, update } = useSettings()
  const windowWidth = useWindowWidth()
  // While dragging, widths live here; they are saved once, when the drag ends.
  const [draft, setDraft] = useState<{ library: number; list: number } | null>(null)
  const [overlay, setOverlay] = useState<SidePane | null>(null)
  const [isFocusMode, setIsFocusMode] = useState(false)
  const closeOverlay = useCallback(() => setOverlay(null), [])
  const wanted = settings.collapsedPanes
  const [savedLibrary, savedList] = settings.paneWidths
  const base = draft ?? { library: savedLibrary, list: savedList }
  const panel = hasStory ? settings.highlightPanelWidth : 0
  const readerMin = readerMinWidth(settings.fontSize) + panel

  const clamp = (value: number, { min, max }: { min: number; max: number }) =>
    Math.min(Math.max(value, min), max)
  const room = (pane: SidePane, other: number, isOtherShown: boolean) => {
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
  const docked = isFocusMode ? { library: false, list: false } : dock(wanted)
  const floating = isFocusMode ? null : overlay
  const limits = {
    library: room('library', list, docked.list),
    list: room('list', library, docked.library),
  }
  const widths = {
    library: docked.library ? clamp(library, limits.library) : library,
    list: docked.list ? clamp(list, limits.list) : list,
  }

  const resize = (pane: SidePane, width: number) => setDraft({ ...widths, [pane]: width })
  const commit = (pane: SidePane, width: number) => {
    const next = { ...widths, [pane]: width }
    setDraft(null)
    update({ paneWidths: [Math.round(next.library), Math.round(next.list)] })
  }
  const toggle = (pane: SidePane) => {
    setIsFocusMode(false)
    if (floating === pane) return setOverlay(null)
    if (docked[pane]) return update({ collapsedPanes: { ...wanted, [pane]: true } })
    const next = { ...wanted, [pane]: false }
    if (wanted[pane]) update({ collapsedPanes: next })
    setOverlay(dock(next)[pane] ? null : pane)
  }

  const columns = [
    ...(docked.library ? [`${widths.library}px`, `${SPLITTER}px`] : []),
    ...(docked.list ? [`${widths.list}px`, `${SPLITTER}px`] : []),
    'minmax(0, 1fr)',
  ]
  return {
    widths,
    limits,
    collapsed: {
      library: !docked.library && floating !== 'library',
      list: !docked.list && floating !== 'list',
    },
    overlay: floating !== null && !docked[floating] ? floating : null,
    isFocusMode,
    resize,
    commit,
    toggle,
    closeOverlay,
    setFocusMode: (isOn) => {
      setOverlay(null)
      setIsFocusMode(isOn)
    },
    gridTemplate: columns.join(' '),
  }
}
