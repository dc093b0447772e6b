import { useShortcuts } from '../features/shortcuts/useShortcuts'
import type { SidePane } from './usePaneLayout'

interface AppShortcutHandlers {
  /** False while another view (highlights) moves and opens its own rows with j/k/Enter. */
  isListView: boolean
  move: (delta: number) => void
  openActive: () => boolean
  back: () => void
  focusSearch: () => void
  showShortcuts: () => void
  togglePane: (pane: SidePane) => void
  toggleFocusMode: () => void
  print: () => void
}

// Enter belongs to whatever control has focus; only on plain text areas does it open the story.
const isOnControl = (): boolean =>
  document.activeElement?.closest(
    'button, a[href], input, select, textarea, [role="menuitem"], [role="separator"]',
  ) != null

/** The window-wide keys: list movement, open, back, search, help, panes, focus mode, print. */
export const useAppShortcuts = (handlers: AppShortcutHandlers): void => {
  useShortcuts({
    j: () => (handlers.isListView ? handlers.move(1) : false),
    k: () => (handlers.isListView ? handlers.move(-1) : false),
    Enter: () => (isOnControl() || !handlers.isListView ? false : handlers.openActive()),
    Escape: () => handlers.back(),
    '/': () => handlers.focusSearch(),
    'mod+k': () => handlers.focusSearch(),
    '?': () => handlers.showShortcuts(),
    '[': () => handlers.togglePane('library'),
    ']': () => handlers.togglePane('list'),
    f: () => handlers.toggleFocusMode(),
    // The browser's own Ctrl/Cmd+P would print the three panes; ours prints the open story.
    'mod+p': () => handlers.print(),
  })
}
