import type { Source } from '../../../shared/types'
import type { ImportReport } from '../../../shared/types'
import type { ImportProgress } from '../../../shared/contract'
import type { StoreContext } from '../db/StoreContext'
import { writeTransaction } from '../db/writeTransaction'
import { isSameSplit } from '../import/isSameSplit'
import { countStoredPage, splitPage, storePage, type StoredPage } from '../import/storePage'
import type { LibraryContext } from './LibraryContext'
import { emptyImportReport } from '../../../shared/importReport'

/** What a re-split tells its caller as it goes. */
export interface ResplitEvents {
  onProgress?: (progress: ImportProgress) => void
  /** A page was stored anew (its own commit): the search backend is told of its stories. */
  onStored?: (stored: StoredPage) => void
}

const NOTHING = { stories: 0, added: 0, removed: 0, unchanged: 0, reanchored: 0, orphaned: 0 }

/**
 * Splits every stored page again with the current splitter on one connection (the library's,
 * or a re-split thread's), replaying the reader's corrections; stories that stay keep their
 * ids, highlights are re-anchored, and what the reader attached to a story that is gone follows
 * its text. Pages whose split is unchanged are not written. Each page is its own transaction.
 */
export function resplitStoredPages(
  { repos, db }: Pick<StoreContext, 'repos' | 'db'>,
  events: ResplitEvents = {},
): ImportReport {
  // Pages stored before pages kept their text get it back from their stories' original text.
  const textOf = (page: Source): string =>
    repos.sources.textOf(page.id) ?? repos.pageSplits.originalTexts(page.id).join('\n\n')

  const resplitOne = (page: Source): typeof NOTHING => {
    const text = textOf(page)
    const split = splitPage(text, page.format, repos.corrections.ofSource(page.id))
    if (split.length === 0 || isSameSplit(repos.pageSplits.splitOf(page.id), split)) {
      return { ...NOTHING, stories: page.storyCount, unchanged: page.storyCount }
    }
    const stored = writeTransaction(db, () => {
      // Read again under the write lock: another connection may have changed the page since.
      const current = repos.sources.get(page.id)
      if (!current) return null
      return storePage(
        repos,
        current,
        {
          name: current.name,
          origin: current.origin,
          path: current.path,
          contentHash: current.contentHash,
          encoding: current.encoding,
          format: current.format,
          importedAt: current.importedAt,
          size: repos.sources.sizeOf(current.id),
          text,
        },
        split,
      )
    })
    if (stored === null) return NOTHING
    events.onStored?.(stored)
    return stored
  }

  const report = emptyImportReport()
  const pages = repos.sources.list()
  pages.forEach((page, i) => {
    try {
      countStoredPage(report, resplitOne(page))
    } catch (error) {
      report.skipped.push({
        path: page.name,
        reason: {
          code: 'resplitFailed',
          params: { message: error instanceof Error ? error.message : String(error) },
        },
      })
    }
    events.onProgress?.({ done: i + 1, total: pages.length, path: page.name })
  })
  return report
}

/** Re-splitting stored pages with the current splitter, without the original files. */
export function resplitOps(context: LibraryContext) {
  const { index } = context
  return {
    /** Splits every stored page again on the library's connection (see resplitStoredPages). */
    resplitPages: (onProgress?: (progress: ImportProgress) => void): ImportReport =>
      resplitStoredPages(context, {
        onProgress,
        // Each page is its own commit: the search backend hears of it as soon as it is stored.
        onStored: (stored) => {
          index.upsert(stored.storyIds)
          index.remove(stored.removedIds)
        },
      }),
  }
}
