import type { Source } from '../../../shared/types'
import { writeTransaction } from '../db/writeTransaction'
import { SPLITTER_VERSION } from '../split/splitterVersion'
import { deadlineAfter } from '../text/deadline'
import { unchangedOutcome, type DocumentOutcome } from './documentOutcome'
import type { ImportContext } from './importDocument'
import { isSameSplit } from './isSameSplit'
import { splitPage, storePage } from './storePage'

/** True when the page was split by the splitter this Inkstone has (or a later one). */
export function isSplitCurrent(context: ImportContext, page: Source): boolean {
  return context.repos.sources.splitterVersionOf(page.id) >= SPLITTER_VERSION
}

/**
 * Re-imports a page whose bytes are unchanged but which an older splitter split: its kept text
 * is split again, as `inkstone resplit` does (corrections replayed, stories that stay keep their
 * ids, highlights re-anchored), and the page is stamped with the current splitter version, so
 * the next import of the same bytes leaves it alone.
 */
export function resplitStored(context: ImportContext, page: Source): DocumentOutcome {
  const { repos } = context
  // Pages stored before pages kept their text get it back from their stories' original text.
  const text = repos.sources.textOf(page.id) ?? repos.pageSplits.originalTexts(page.id).join('\n\n')
  const corrections = repos.corrections.ofSource(page.id)
  const split = splitPage(text, page.format, corrections, deadlineAfter(context.splitTimeLimitMs))
  const importedAt = context.now().toISOString()
  context.beforeWrite?.()
  return writeTransaction(repos.db, (): DocumentOutcome => {
    // Read again under the write lock: another process may have changed or re-split the page.
    const current = repos.sources.get(page.id)
    if (current === null) return unchangedOutcome(0)
    if (current.contentHash !== page.contentHash || isSplitCurrent(context, current))
      return unchangedOutcome(current.storyCount)
    // A split the page already has (or one with no story at all) needs no write but the stamp.
    if (split.length === 0 || isSameSplit(repos.pageSplits.splitOf(current.id), split)) {
      repos.sources.stampSplitter(current.id, SPLITTER_VERSION)
      return unchangedOutcome(current.storyCount)
    }
    const record = {
      name: current.name,
      origin: current.origin,
      path: current.path,
      contentHash: current.contentHash,
      encoding: current.encoding,
      format: current.format,
      // The page changed now (its stories did), like a changed file imported again.
      importedAt,
      size: repos.sources.sizeOf(current.id),
      text,
    }
    const stored = storePage(repos, current, record, split)
    return { kind: 'imported', isChanged: true, isNamesake: false, repaired: null, ...stored }
  })
}
