import type { ImportReport } from '../../../../shared/types'

/** The report of an import that did nothing yet. */
export const EMPTY_REPORT: ImportReport = {
  files: 0,
  stories: 0,
  added: 0,
  removed: 0,
  unchanged: 0,
  reanchored: 0,
  orphaned: 0,
  skipped: [],
  namesakes: [],
}

/** One summary of two imports: counts added up, skipped files in order. */
export const mergeReports = (a: ImportReport, b: ImportReport): ImportReport => ({
  files: a.files + b.files,
  stories: a.stories + b.stories,
  added: a.added + b.added,
  removed: a.removed + b.removed,
  unchanged: a.unchanged + b.unchanged,
  reanchored: a.reanchored + b.reanchored,
  orphaned: a.orphaned + b.orphaned,
  skipped: [...a.skipped, ...b.skipped],
  namesakes: [...a.namesakes, ...b.namesakes],
})
