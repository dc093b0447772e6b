/** What long actions say while they run (import, re-split), beyond the import namespace. */
export const feedbackEn = {
  resplitStarting: 'Re-splitting the pages…',
  resplitRunning: 'Re-splitting the pages… {{done}} of {{total}}',
  currentFile: 'Now: {{name}}',
  readProgress: '{{percent}} % read',
} as const
