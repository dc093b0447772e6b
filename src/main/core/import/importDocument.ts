import { pushAll } from '../split/pushAll'
import type { Source, SourceFormat, SourceOrigin } from '../../../shared/types'
import type { Repos } from '../db/createRepos'
import { deadlineAfter } from '../text/deadline'
import { unchangedOutcome, type DocumentOutcome } from './documentOutcome'
import { isSplitCurrent, resplitStored } from './resplitStored'
import { sha256 } from './sha256'
import { preparePage, storePage, type PreparedPage } from './storePage'
import type { SourceRecord } from '../db/sourcesRepo'
import { foldStory, type FoldedStory } from '../db/searchFunctions'
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
  /**
   * Index the page's stories in the transaction that stores them (an import thread: its
   * tokens are worked out before it waits for the lock) instead of queuing them for the
   * indexer thread.
   */
  isIndexedNow?: boolean
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

/** A page read and split, ready for its write transaction; or what became of it already. */
export type PreparedDocument =
  | { outcome: DocumentOutcome }
  | {
      /**
       * Stores the page, run inside a write transaction; given the stories' index tokens (in
       * their order, see tokensOf), it indexes them too.
       */
      write: (tokens?: FoldedStory[], indexLater?: StoriesToIndex) => DocumentOutcome
      /** The index tokens of the stories it will store, worked out before the lock is taken. */
      tokensOf: () => FoldedStory[]
    }

/**
 * Everything importing one page does before its write transaction: the page it replaces, its
 * text decoded and split (the reader's corrections replayed). A page whose bytes the library
 * already holds is done here: unchanged, or re-split in a transaction of its own.
 */
export function prepareDocument(
  context: ImportContext,
  document: ImportDocument,
): PreparedDocument {
  const { repos, encoding } = context
  const contentHash = sha256(document.bytes)
  const existing = samePage(context, document, contentHash)
  const isSameDecoding = encoding === undefined || encoding === existing?.encoding
  if (existing && existing.contentHash === contentHash && isSameDecoding) {
    return {
      outcome: isSplitCurrent(context, existing)
        ? unchangedOutcome(existing.storyCount)
        : resplitStored(context, existing),
    }
  }

  // The reader's corrections to an earlier split of this page are replayed on the new one.
  const corrections = existing ? repos.corrections.ofSource(existing.id) : []
  const deadline = deadlineAfter(context.splitTimeLimitMs)
  const prepared = preparePage(document.bytes, document.format, encoding, corrections, deadline)
  if ('reason' in prepared) return { outcome: { kind: 'skipped', reason: prepared.reason } }

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
  return {
    write: (tokens, indexLater) =>
      storeDocument(context, {
        document,
        record,
        prepared,
        existing,
        contentHash,
        tokens,
        indexLater,
      }),
    tokensOf: () => prepared.stories.map(foldStory),
  }
}

/**
 * Imports one page in one transaction: a new source, a changed one replaced in place, the same
 * bytes re-split when an older splitter split them, or no-op.
 */
export function importDocument(context: ImportContext, document: ImportDocument): DocumentOutcome {
  const prepared = prepareDocument(context, document)
  if ('outcome' in prepared) return prepared.outcome
  const tokens = context.isIndexedNow ? prepared.tokensOf() : undefined
  context.beforeWrite?.()
  return writeTransaction(context.repos.db, () => prepared.write(tokens))
}

/** Stories stored and their index tokens, to be indexed together (one segment a chunk). */
export type StoriesToIndex = { id: string; tokens: FoldedStory }[]

/** What storeDocument writes: a page read, split and (maybe) tokenized. */
interface PageToStore {
  document: ImportDocument
  record: SourceRecord
  prepared: PreparedPage
  existing: Source | null
  contentHash: string
  tokens?: FoldedStory[]
  /** Given, the stories are indexed by the caller, later in the same transaction. */
  indexLater?: StoriesToIndex
}

/** The write transaction of importDocument: the page stored (and indexed, when asked). */
function storeDocument(context: ImportContext, page: PageToStore): DocumentOutcome {
  const { repos } = context
  const { document, record, prepared, existing, contentHash, tokens, indexLater } = page
  // Another connection (an import worker beside this one) may have stored the same bytes
  // since the lookup above: then this page is that one, unchanged.
  const now = existing === null ? samePage(context, document, contentHash) : existing
  if (now !== null && now.id !== existing?.id && now.contentHash === contentHash) {
    return unchangedOutcome(now.storyCount)
  }
  const isNamesake =
    existing === null && document.origin === 'upload' && repos.sources.hasName(document.name)
  const stored = storePage(repos, existing, record, prepared.stories)
  // storePage lists the stories in the split's order, the order the tokens were made in.
  if (tokens) {
    const stories = stored.storyIds.map((id, at) => ({ id, tokens: tokens[at] }))
    if (indexLater) pushAll(indexLater, stories)
    else repos.searchIndex.indexStories(stories)
  }
  const { encoding: read, replacements } = prepared
  const repaired = replacements > 0 ? { encoding: read, replacements } : null
  return { kind: 'imported', isChanged: true, isNamesake, repaired, ...stored }
}
