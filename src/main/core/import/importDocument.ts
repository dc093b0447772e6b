import type { Source, SourceFormat, SourceOrigin } from '../../../shared/types'
import type { Repos } from '../db/createRepos'
import { placeHighlights, type AnchorTarget } from '../anchor/placeHighlights'
import { applyCorrections } from '../corrections/applyCorrections'
import { splitDocument } from '../split/splitDocument'
import { deadlineAfter } from '../text/deadline'
import { decodeText } from './decodeText'
import { heirOf } from './heirOf'
import { matchStories } from './matchStories'
import { newStoryId } from './newStoryId'
import { sha256 } from './sha256'

/** One page to import: where it came from and its bytes. */
export interface ImportDocument {
  origin: SourceOrigin
  /** The absolute path of a file from disk (it identifies the same file again); null for uploads. */
  path: string | null
  name: string
  format: SourceFormat
  bytes: Uint8Array
}

/** What importing one page did. */
export type DocumentOutcome =
  | { kind: 'skipped'; reason: string }
  | {
      kind: 'imported'
      stories: number
      added: number
      removed: number
      unchanged: number
      /** False when the page was already in the library as it is. */
      isChanged: boolean
      /** Highlights placed again in the page's new text, and those that could not be. */
      reanchored: number
      orphaned: number
    }

/** Store and clock for one import. */
export interface ImportContext {
  repos: Repos
  now: () => Date
  /** Normalised encoding label overriding detection. */
  encoding?: string
  /** How long splitting one page may take (SPLIT_TIME_LIMIT_MS unless given). */
  splitTimeLimitMs?: number
}

/**
 * The page this document is, if the library has it: the same file on disk (its path), else a
 * page with exactly the same bytes. A name alone never makes two documents the same page, so an
 * unrelated upload called `index.html` never replaces another page.
 */
const samePage = (context: ImportContext, document: ImportDocument, hash: string): Source | null => {
  const { repos, encoding } = context
  const byPath = document.path === null ? null : repos.sources.findByPath(document.path)
  if (byPath) return byPath
  const sameBytes = repos.sources.findByHash(hash)
  return sameBytes.find((page) => encoding === undefined || encoding === page.encoding) ?? null
}

/** Imports one page in one transaction: a new source, a changed one replaced in place, or no-op. */
export function importDocument(context: ImportContext, document: ImportDocument): DocumentOutcome {
  const { repos, encoding } = context
  const contentHash = sha256(document.bytes)
  const existing = samePage(context, document, contentHash)
  const isSameDecoding = encoding === undefined || encoding === existing?.encoding
  if (existing && existing.contentHash === contentHash && isSameDecoding) {
    const count = existing.storyCount
    return {
      kind: 'imported',
      stories: count,
      added: 0,
      removed: 0,
      unchanged: count,
      isChanged: false,
      reanchored: 0,
      orphaned: 0,
    }
  }

  const decoded = decodeText(document.bytes, { encoding, format: document.format })
  if (!decoded.ok) return { kind: 'skipped', reason: decoded.reason }
  // The reader's corrections to an earlier split of this page are replayed on the new one.
  const corrections = existing ? repos.corrections.ofSource(existing.id) : []
  const deadline = deadlineAfter(context.splitTimeLimitMs)
  const stories = splitDocument(decoded.text, document.format, deadline)
  const split = applyCorrections(stories, corrections).map(
    (story) => ({
      ...story,
      textHash: sha256(story.body),
    }),
  )
  if (split.length === 0) return { kind: 'skipped', reason: 'no stories found' }

  const importedAt = context.now().toISOString()
  const record = {
    name: document.name,
    origin: document.origin,
    path: document.path,
    text: decoded.text,
    contentHash,
    encoding: decoded.encoding,
    format: document.format,
    importedAt,
    size: document.bytes.length,
  }
  return repos.db.transaction((): DocumentOutcome => {
    const sourceId = existing ? existing.id : repos.sources.insert(record)
    if (existing) repos.sources.update(existing.id, record)
    const stored = existing ? repos.stories.keysOfSource(existing.id) : []
    const { matches, removed } = matchStories(stored, split)
    const highlights = existing ? repos.highlights.ofSource(existing.id) : []
    // Read before the matched stories are rewritten: removed ones keep their old text till the end.
    const oldBodies = new Map(
      repos.stories.lookup(removed.map((old) => old.id)).map((old) => [old.id, old.body]),
    )
    const oldPositions = new Map(stored.map((old, position) => [old.id, position]))
    const targets: AnchorTarget[] = []
    split.forEach((story, position) => {
      const previous = matches[position].previous
      const row = {
        ...story,
        id: previous?.id ?? newStoryId(),
        sourceId,
        position,
        createdAt: previous?.createdAt ?? importedAt,
      }
      if (previous) repos.stories.update(row)
      else repos.stories.insert(row)
      targets.push({ id: row.id, body: row.body, position })
    })
    // Highlights and notes do not cascade: they are re-homed before any old story goes.
    const placed = placeHighlights(repos, highlights, targets, oldPositions, importedAt)
    for (const old of removed) {
      const heir = heirOf(oldBodies.get(old.id) ?? '', oldPositions.get(old.id) ?? 0, targets)
      if (heir) repos.anchors.carryOver(old.id, heir.id)
      repos.stories.remove(old.id)
    }
    // The stored search index no longer matches; should the rebuild after this batch never
    // happen (a crash), opening the library rebuilds it instead of serving stale results.
    repos.searchIndex.clear()
    const unchanged = matches.filter((match) => match.isUnchanged).length
    const added = matches.filter((match) => match.previous === null).length
    return {
      kind: 'imported',
      stories: split.length,
      added,
      removed: removed.length,
      unchanged,
      isChanged: true,
      ...placed,
    }
  })()
}
