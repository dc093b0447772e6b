import type { Source, SourceFormat, SourceOrigin } from '../../../shared/types'
import type { Repos } from '../db/createRepos'
import { deadlineAfter } from '../text/deadline'
import { unchangedOutcome, type DocumentOutcome } from './documentOutcome'
import { isSplitCurrent, resplitStored } from './resplitStored'
import { sha256 } from './sha256'
import { preparePage, storePage } from './storePage'
import { writeTransaction } from '../db/writeTransaction'

export type { DocumentOutcome } from './documentOutcome'

/** One page to import: where it came from and its bytes. */
export interface ImportDocument {
  origin: SourceOrigin
  /** The absolute path of a file from disk (it identifies the same file again); null for uploads. */
  path: string | null
  name: string
  format: SourceFormat
  bytes: Uint8Array
}

/** Store and clock for one import. */
export interface ImportContext {
  repos: Repos
  now: () => Date
  /** Normalised encoding label overriding detection. */
  encoding?: string
  /** How long splitting one page may take (SPLIT_TIME_LIMIT_MS unless given). */
  splitTimeLimitMs?: number
  /** Called once the page is read and split, just before its write transaction. */
  beforeWrite?: () => void
}

/**
 * The page this document is, if the library has it: the same file on disk (its path), else a
 * page with exactly the same bytes. A name alone never makes two documents the same page, so an
 * unrelated upload called `index.html` never replaces another page.
 */
const samePage = (
  context: ImportContext,
  document: ImportDocument,
  hash: string,
): Source | null => {
  const { repos, encoding } = context
  const byPath = document.path === null ? null : repos.sources.findByPath(document.path)
  if (byPath) return byPath
  const sameBytes = repos.sources.findByHash(hash)
  return sameBytes.find((page) => encoding === undefined || encoding === page.encoding) ?? null
}

/**
 * Imports one page in one transaction: a new source, a changed one replaced in place, the same
 * bytes re-split when an older splitter split them, or no-op.
 */
export function importDocument(context: ImportContext, document: ImportDocument): DocumentOutcome {
  const { repos, encoding } = context
  const contentHash = sha256(document.bytes)
  const existing = samePage(context, document, contentHash)
  const isSameDecoding = encoding === undefined || encoding === existing?.encoding
  if (existing && existing.contentHash === contentHash && isSameDecoding) {
    return isSplitCurrent(context, existing)
      ? unchangedOutcome(existing.storyCount)
      : resplitStored(context, existing)
  }

  // The reader's corrections to an earlier split of this page are replayed on the new one.
  const corrections = existing ? repos.corrections.ofSource(existing.id) : []
  const deadline = deadlineAfter(context.splitTimeLimitMs)
  const prepared = preparePage(document.bytes, document.format, encoding, corrections, deadline)
  if ('reason' in prepared) return { kind: 'skipped', reason: prepared.reason }

  const record = {
    name: document.name,
    origin: document.origin,
    path: document.path,
    text: prepared.text,
    contentHash,
    encoding: prepared.encoding,
    format: document.format,
    importedAt: context.now().toISOString(),
    size: document.bytes.length,
  }
  context.beforeWrite?.()
  return writeTransaction(repos.db, (): DocumentOutcome => {
    // Another connection (an import worker beside this one) may have stored the same bytes
    // since the lookup above: then this page is that one, unchanged.
    const now = existing === null ? samePage(context, document, contentHash) : existing
    if (now !== null && now.id !== existing?.id && now.contentHash === contentHash) {
      return unchangedOutcome(now.storyCount)
    }
    const isNamesake =
      existing === null && document.origin === 'upload' && repos.sources.hasName(document.name)
    const stored = storePage(repos, existing, record, prepared.stories)
    const { encoding: read, replacements } = prepared
    const repaired = replacements > 0 ? { encoding: read, replacements } : null
    return { kind: 'imported', isChanged: true, isNamesake, repaired, ...stored }
  })
}
