/** What long actions say while they run (import, re-split), beyond the import namespace. */
export const feedbackEn = {
  resplitStarting: 'Re-splitting the pages…',
  resplitRunning: 'Re-splitting the pages… {{done}} of {{total}}',
  currentFile: 'Now: {{name}}',
  readProgress: '{{percent}} % read',
  /** Key and mouse words in the shortcuts list; the rest (Ctrl, Shift, Enter, F3) stay as printed on keys. */
  keyNames: {
    Space: 'Space',
    click: 'click',
    Menu: 'Menu key',
    PgDn: 'PgDn',
  },
} as const
