import type { StoryId } from '../../../shared/ids'
import { pushAll } from '../split/pushAll'
import type { SkipReason } from '../../../shared/messages'
import type { ImportReport } from '../../../shared/types'
import type { ImportProgress } from '../../../shared/contract'
import { TooSlowError } from '../text/deadline'
import type { ImportTurn } from './importTurn'
import { countStoredPage } from './storePage'
import { importDocument, type ImportContext, type ImportDocument } from './importDocument'
import { emptyImportReport } from '../../../shared/importReport'

/** A page waiting to be read: its bytes, or why they could not be had. */
export interface PendingDocument {
  path: string
  read: () => ImportDocument | { reason: SkipReason }
  /** Its place among all pages of the import, when several threads share one (see ImportTurn). */
  order?: number
}

/** An import's report, and whether the library changed (so the search index must be rebuilt). */
export interface BatchResult {
  report: ImportReport
  isChanged: boolean
  /** Stories written and stories gone, for the search backend. */
  storyIds: StoryId[]
  removedIds: StoryId[]
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** Imports pages one by one, each in its own transaction; one bad page never stops the rest. */
export function importBatch(
  context: ImportContext,
  pending: PendingDocument[],
  initial: Pick<ImportReport, 'skipped'>,
  onProgress?: (progress: ImportProgress) => void,
  turn?: ImportTurn,
): BatchResult {
  const report: ImportReport = { ...emptyImportReport(), skipped: [...initial.skipped] }
  let isChanged = false
  const storyIds: StoryId[] = []
  const removedIds: StoryId[] = []
  pending.forEach((item, index) => {
    let outcome
    const order = item.order ?? index
    try {
      const document = item.read()
      outcome =
        'reason' in document
          ? { kind: 'skipped' as const, reason: document.reason }
          : importDocument({ ...context, beforeWrite: () => turn?.wait(order) }, document)
    } catch (error) {
      // The page's transaction rolled back; report it like any other unreadable page.
      // A page that took too long says so plainly; anything else is an unexpected failure.
      const reason: SkipReason =
        error instanceof TooSlowError
          ? { code: 'tooSlow', params: { seconds: error.seconds } }
          : { code: 'failed', params: { message: messageOf(error) } }
      outcome = { kind: 'skipped' as const, reason }
    } finally {
      turn?.pass(order)
    }
    if (outcome.kind === 'skipped') report.skipped.push({ path: item.path, reason: outcome.reason })
    else {
      countStoredPage(report, outcome)
      isChanged ||= outcome.isChanged
      pushAll(storyIds, outcome.storyIds)
      pushAll(removedIds, outcome.removedIds)
      if (outcome.isNamesake) report.namesakes.push(item.path)
      if (outcome.repaired) report.repaired.push({ path: item.path, ...outcome.repaired })
    }
    onProgress?.({ done: index + 1, total: pending.length, path: item.path })
  })
  return { report, isChanged, storyIds, removedIds }
}
