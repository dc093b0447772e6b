import type { ImportReport } from './types'

/** The report of an import that has done nothing yet; each call gives a fresh one to fill. */
export const emptyImportReport = (): ImportReport => ({
  files: 0,
  stories: 0,
  added: 0,
  removed: 0,
  unchanged: 0,
  reanchored: 0,
  orphaned: 0,
  skipped: [],
  namesakes: [],
})
