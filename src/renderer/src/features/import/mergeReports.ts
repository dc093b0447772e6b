import type { ImportReport } from '../../../../shared/types'
import { addImportReport, emptyImportReport } from '../../../../shared/importReport'

/** The report of an import that did nothing yet. */
export const EMPTY_REPORT: ImportReport = emptyImportReport()

/** One summary of two imports: counts added up, skipped files in order. */
export const mergeReports = (a: ImportReport, b: ImportReport): ImportReport => {
  const merged = emptyImportReport()
  addImportReport(merged, a)
  addImportReport(merged, b)
  return merged
}
