import { useState } from 'react'
import { useSettings } from '../features/settings/useSettings'
import { useWindowWidth } from '../ui/useWindowWidth'

/** The panes that can be resized and hidden. */
export type SidePane = 'library' | 'list'

/** The reader keeps at least this much room: below ~26 CJK characters a line reads poorly. */
const READER_MIN = 440
const SPLITTER = 1
const LIMITS = { library: { min: 180, max: 360 }, list: { min: 260, max: 600 } } as const

/** Pane sizes and visibility, derived from settings, clamped to the window, saved on change. */
export interface PaneLayout {
  widths: { library: number; list: number }
  limits: { library: { min: number; max: number }; list: { min: number; max: number } }
  collapsed: { library: boolean; list: boolean }
  resize: (pane: SidePane, width: number) => void
  commit: (pane: SidePane, width: number) => void
  toggle: (pane: SidePane) => void
  gridTemplate: string
}

/** Widths and collapse state of the library and list panes, with the handlers that change them. */
export const usePaneLayout = (): PaneLayout => {
  const { settings, update } = useSettings()
  const windowWidth = useWindowWidth()
  // While dragging, widths live here; they are saved once, when the drag ends.
  const [draft, setDraft] = useState<{ library: number; list: number } | null>(null)
  const collapsed = settings.collapsedPanes
  const [savedLibrary, savedList] = settings.paneWidths
  const base = draft ?? { library: savedLibrary, list: savedList }

  const room = (pane: SidePane, other: number) => {
    const otherShown = pane === 'library' ? !collapsed.list : !collapsed.library
    const max = windowWidth - READER_MIN - (otherShown ? other + SPLITTER : 0) - SPLITTER
    return {
      min: LIMITS[pane].min,
      max: Math.max(LIMITS[pane].min, Math.min(LIMITS[pane].max, max)),
    }
  }
  const clamp = (value: number, { min, max }: { min: number; max: number }) =>
    Math.min(Math.max(value, min), max)
  const library = clamp(base.library, { min: LIMITS.library.min, max: LIMITS.library.max })
  const listLimits = room('list', library)
  const list = clamp(base.list, listLimits)
  const limits = { library: room('library', list), list: listLimits }
  const widths = { library: clamp(library, limits.library), list }

  const resize = (pane: SidePane, width: number) => setDraft({ ...widths, [pane]: width })
  const commit = (pane: SidePane, width: number) => {
    const next = { ...widths, [pane]: width }
    setDraft(null)
    update({ paneWidths: [Math.round(next.library), Math.round(next.list)] })
  }
  const toggle = (pane: SidePane) =>
    update({ collapsedPanes: { ...collapsed, [pane]: !collapsed[pane] } })

  const columns = [
    ...(collapsed.library ? [] : [`${widths.library}px`, `${SPLITTER}px`]),
    ...(collapsed.list ? [] : [`${widths.list}px`, `${SPLITTER}px`]),
    'minmax(0, 1fr)',
  ]
  return { widths, limits, collapsed, resize, commit, toggle, gridTemplate: columns.join(' ') }
}
