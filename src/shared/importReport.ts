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
  repaired: [],
})

/** Adds what `part` did to `into` (the reports of several threads or requests, one import). */
export const addImportReport = (into: ImportReport, part: ImportReport): void => {
  into.files += part.files
  into.stories += part.stories
  into.added += part.added
  into.removed += part.removed
  into.unchanged += part.unchanged
  into.reanchored += part.reanchored
  into.orphaned += part.orphaned
  // Loops, not push(...): a folder can skip more files than a call may take arguments.
  for (const skipped of part.skipped) into.skipped.push(skipped)
  for (const name of part.namesakes) into.namesakes.push(name)
  for (const file of part.repaired) into.repaired.push(file)
}
