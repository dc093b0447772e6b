const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const mod = isMac ? '⌘' : 'Ctrl'

/** What the shortcuts dialog lists: keys shown, and the i18n key of what they do. */
export const SHORTCUT_ROWS = [
  { keys: ['j', '↓'], action: 'shortcuts.next' },
  { keys: ['k', '↑'], action: 'shortcuts.previous' },
  { keys: ['Enter'], action: 'shortcuts.open' },
  { keys: ['Esc'], action: 'shortcuts.back' },
  { keys: ['Space', 'PgDn', 'Home', 'End'], action: 'reading.keys.scroll' },
  { keys: ['f'], action: 'reading.keys.focusMode' },
  { keys: ['Shift+S'], action: 'reading.keys.split' },
  { keys: ['/', `${mod}+K`], action: 'shortcuts.search' },
  { keys: ['n', 'F3'], action: 'shortcuts.nextMatch' },
  { keys: ['N', 'Shift+F3'], action: 'shortcuts.previousMatch' },
  { keys: ['m'], action: 'shortcuts.toggleRead' },
  { keys: ['h'], action: 'annotate.keys.highlight' },
  { keys: ['s'], action: 'annotate.keys.favorite' },
  { keys: ['i'], action: 'annotate.keys.panel' },
  { keys: ['Space', `${mod}+click`], action: 'annotate.keys.select' },
  { keys: ['Alt+↑', 'Alt+↓'], action: 'annotate.keys.reorder' },
  { keys: ['Shift+F10', 'Menu'], action: 'manage.keys.menu' },
  { keys: ['Delete'], action: 'manage.keys.delete' },
  { keys: [`${mod}+Z`], action: 'annotate.keys.undo' },
  { keys: [`${mod}+P`], action: 'transfer.print.shortcut' },
  { keys: ['+', '−'], action: 'shortcuts.fontSize' },
  { keys: ['[', ']'], action: 'shortcuts.panes' },
  { keys: ['?'], action: 'shortcuts.help' },
] as const
