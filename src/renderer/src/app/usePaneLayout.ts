import { useCallback, useState } from 'react'
import { useSettings } from '../features/settings/useSettings'
import { useWindowWidth } from '../ui/useWindowWidth'
import { paneColumns, type PaneLimits, type SidePane } from './paneColumns'

export type { SidePane } from './paneColumns'

/** Pane sizes and visibility, derived from settings, clamped to the window, saved on change. */
export interface PaneLayout {
  widths: { library: number; list: number }
  limits: { library: PaneLimits; list: PaneLimits }
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
  const { docked, widths, limits, dock, gridTemplate } = paneColumns({
    settings,
    windowWidth,
    hasStory,
    draft,
    isFocusMode,
  })
  const floating = isFocusMode ? null : overlay

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
    gridTemplate,
  }
}
