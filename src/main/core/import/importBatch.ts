import type { StoryId } from '../../../shared/ids'
import { pushAll } from '../split/pushAll'
import type { SkipReason } from '../../../shared/messages'
import type { ImportReport } from '../../../shared/types'
import type { ImportProgress } from '../../../shared/contract'
import { TooSlowError } from '../text/deadline'
import type { ImportTurn } from './importTurn'
import { countStoredPage } from './storePage'
import {
  prepareDocument,
  type DocumentOutcome,
  type ImportContext,
  type ImportDocument,
  type PreparedDocument,
  type StoriesToIndex,
} from './importDocument'
import { writeTransaction } from '../db/writeTransaction'
import type { FoldedStory } from '../db/searchFunctions'
import { buildSegment, type BuiltSegment } from '../db/postings/buildSegment'
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

/** A page of a chunk once read and split: its write still to run, or its outcome already. */
type Step =
  | { item: PendingDocument; outcome: DocumentOutcome }
  | { item: PendingDocument; prepared: WritablePage; tokens?: FoldedStory[] }
type WritablePage = Extract<PreparedDocument, { write: unknown }>

/** Why a page failed, as the report says it. */
const reasonOf = (error: unknown): SkipReason =>
  // A page that took too long says so plainly; anything else is an unexpected failure.
  error instanceof TooSlowError
    ? { code: 'tooSlow', params: { seconds: error.seconds } }
    : { code: 'failed', params: { message: messageOf(error) } }

/** Reads and splits one page (no lock held); a page that fails becomes a skipped outcome. */
const prepare = (context: ImportContext, item: PendingDocument): Step => {
  try {
    const document = item.read()
    if ('reason' in document) return { item, outcome: { kind: 'skipped', reason: document.reason } }
    const prepared = prepareDocument(context, document)
    if ('outcome' in prepared) return { item, outcome: prepared.outcome }
    // Tokenized for the index here, before the page waits for its turn to write.
    return { item, prepared, tokens: context.isIndexedNow ? prepared.tokensOf() : undefined }
  } catch (error) {
    return { item, outcome: { kind: 'skipped', reason: reasonOf(error) } }
  }
}

/**
 * Stores a chunk's prepared pages in one write transaction, each page in a savepoint of its
 * own, so a page that fails rolls back alone; when the transaction itself fails, every page
 * of it is reported failed and the library is as it was.
 */
const storeChunk = (
  context: ImportContext,
  steps: Step[],
  prebuilt?: BuiltSegment,
): DocumentOutcome[] => {
  const writes = steps.filter(
    (step): step is Extract<Step, { prepared: unknown }> => 'prepared' in step,
  )
  // Tokenized for the index before the lock is taken (see ImportContext.isIndexedNow).
  try {
    const written = writeTransaction(context.repos.db, () => {
      // The chunk's stories are indexed together, as one segment of the index; a page rolled
      // back is no longer queued, and indexStories passes over its stories.
      const toIndex: StoriesToIndex = []
      const outcomes = writes.map((step): DocumentOutcome => {
        try {
          return writeTransaction(context.repos.db, () => step.prepared.write(step.tokens, toIndex))
        } catch (error) {
          // Some errors (a full disk, an I/O error) make SQLite roll the whole transaction
          // back: then every page of the chunk failed, with this reason.
          if (!context.repos.db.inTransaction) throw error
          return { kind: 'skipped', reason: reasonOf(error) }
        }
      })
      context.repos.searchIndex.indexStories(toIndex, prebuilt)
      return outcomes
    })
    let at = 0
    return steps.map((step) => ('outcome' in step ? step.outcome : written[at++]))
  } catch (error) {
    return steps.map((step) =>
      'outcome' in step ? step.outcome : { kind: 'skipped', reason: reasonOf(error) },
    )
  }
}

/**
 * The index segment of a chunk's stories, built before the write lock is taken, numbered from
 * 0 in the order the chunk stores them: indexStories stores it with the numbers they get, or
 * builds it again when they are not consecutive (a page that did not write, a page replaced).
 */
const prebuildSegment = (steps: Step[]): BuiltSegment | undefined => {
  const tokens = steps.flatMap((step) => ('tokens' in step && step.tokens) || [])
  if (tokens.length === 0) return undefined
  return buildSegment(tokens.map((storyTokens, doc) => ({ doc, tokens: storyTokens })))
}

/** Runs of pages sharing one `order` (a chunk stored in one transaction); else one each. */
const chunksOf = (pending: PendingDocument[]): PendingDocument[][] => {
  const chunks: PendingDocument[][] = []
  for (const item of pending) {
    const last = chunks.at(-1)
    if (last !== undefined && item.order !== undefined && last[0].order === item.order)
      last.push(item)
    else chunks.push([item])
  }
  return chunks
}

/**
 * Imports pages, one bad page never stopping the rest. Pages that share an `order` form a
 * chunk: all are read and split, then stored in one transaction when their turn comes (an
 * import thread's way: fewer, larger transactions, and the index flushed once a chunk).
 * Without an order each page is its own chunk.
 */
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
  let done = 0
  chunksOf(pending).forEach((chunk, index) => {
    const order = chunk[0].order ?? index
    let outcomes: DocumentOutcome[]
    try {
      const steps = chunk.map((item) => prepare(context, item))
      const prebuilt = context.isIndexedNow ? prebuildSegment(steps) : undefined
      turn?.wait(order)
      outcomes = storeChunk(context, steps, prebuilt)
    } finally {
      turn?.pass(order)
    }
    chunk.forEach((item, at) => {
      const outcome = outcomes[at]
      if (outcome.kind === 'skipped')
        report.skipped.push({ path: item.path, reason: outcome.reason })
      else {
        countStoredPage(report, outcome)
        isChanged ||= outcome.isChanged
        pushAll(storyIds, outcome.storyIds)
        pushAll(removedIds, outcome.removedIds)
        if (outcome.isNamesake) report.namesakes.push(item.path)
        if (outcome.repaired) report.repaired.push({ path: item.path, ...outcome.repaired })
      }
      onProgress?.({ done: ++done, total: pending.length, path: item.path })
    })
  })
  return { report, isChanged, storyIds, removedIds }
}
