import type { ImportReport } from '../../../../shared/types'
import { emptyImportReport } from '../../../../shared/importReport'

/** The report of an import that did nothing yet. */
export const EMPTY_REPORT: ImportReport = emptyImportReport()

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
