import type { StoryId } from '../../../shared/ids'
import type { SkipReason } from '../../../shared/messages'
import type { ImportReport, Source, SourceFormat } from '../../../shared/types'
import type { Repos } from '../db/createRepos'
import type { SourceRecord } from '../db/sourcesRepo'
import { placeHighlights, type AnchorTarget } from '../anchor/placeHighlights'
import { applyCorrections } from '../corrections/applyCorrections'
import type { Correction } from '../corrections/types'
import { splitDocument } from '../split/splitDocument'
import { derivePageTitle, firstHeadline } from '../split/derivePageTitle'
import { SPLITTER_VERSION } from '../split/splitterVersion'
import { deadlineAfter, type Deadline } from '../text/deadline'
import type { SplitStory } from '../split/types'
import { decodeText } from './decodeText'
import { heirOf } from './heirOf'
import { matchStories } from './matchStories'
import { newStoryId } from '../ids/newId'
import { sha256 } from './sha256'

/** A page's bytes decoded and split into stories, ready to be stored. */
export interface PreparedPage {
  text: string
  encoding: string
  /** Broken byte sequences read as U+FFFD (see decodeText). */
  replacements: number
  stories: Array<SplitStory & { textHash: string }>
}

/** The counts of a report that storing one page adds to (reanchored/orphaned: highlights). */
type PageCounts = Pick<
  ImportReport,
  'stories' | 'added' | 'removed' | 'unchanged' | 'reanchored' | 'orphaned'
>

/** What storing a page did to its stories and highlights. */
export interface StoredPage extends PageCounts {
  /** The page's stories now, and the stories it lost (for the search backend). */
  storyIds: StoryId[]
  removedIds: StoryId[]
}

/** Adds one stored page's counts to a report (an import's or a re-split's). */
export function countStoredPage(report: ImportReport, page: PageCounts): void {
  report.files++
  report.stories += page.stories
  report.added += page.added
  report.removed += page.removed
  report.unchanged += page.unchanged
  report.reanchored += page.reanchored
  report.orphaned += page.orphaned
}

/**
 * Decodes a page and splits it into stories, replaying the reader's corrections to an earlier
 * split of the same page; a reason instead when it holds no readable story.
 */
export function preparePage(
  bytes: Uint8Array,
  format: SourceFormat,
  encoding: string | undefined,
  corrections: Correction[],
  deadline: Deadline = deadlineAfter(),
): PreparedPage | { reason: SkipReason } {
  const decoded = decodeText(bytes, { encoding, format })
  if (!decoded.ok) return { reason: decoded.reason }
  const stories = splitPage(decoded.text, format, corrections, deadline)
  if (stories.length === 0) return { reason: { code: 'noStories' } }
  return {
    text: decoded.text,
    encoding: decoded.encoding,
    replacements: decoded.replacements,
    stories,
  }
}

/**
 * Splits a page's decoded text with the current splitter, replaying the reader's corrections;
 * throws a TooSlowError past the deadline.
 */
export function splitPage(
  text: string,
  format: SourceFormat,
  corrections: Correction[],
  deadline: Deadline = deadlineAfter(),
): PreparedPage['stories'] {
  return applyCorrections(splitDocument(text, format, deadline), corrections).map((story) => ({
    ...story,
    textHash: sha256(story.body),
  }))
}

/**
 * Writes a page split by the current splitter: a new source, or new text for an existing one
 * (inside the caller's transaction). Stories that stay keep their ids, highlights are
 * re-anchored in the new text, and what the reader attached to a story that is gone follows its
 * text to an heir.
 */
export function storePage(
  repos: Repos,
  existing: Source | null,
  record: SourceRecord,
  split: PreparedPage['stories'],
): StoredPage {
  const sourceId = existing ? existing.id : repos.sources.insert(record)
  if (existing) repos.sources.update(existing.id, record)
  repos.sources.stampSplitter(sourceId, SPLITTER_VERSION)
  const named = derivePageTitle(record.text, record.format, firstHeadline(split))
  repos.sources.setTitle(sourceId, named.title, named.date)
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
      createdAt: previous?.createdAt ?? record.importedAt,
    }
    if (previous) repos.stories.update(row)
    else repos.stories.insert(row)
    targets.push({ id: row.id, body: row.body, position })
  })
  // Highlights and notes do not cascade: they are re-homed before any old story goes.
  const placed = placeHighlights(repos, highlights, targets, oldPositions, record.importedAt)
  for (const old of removed) {
    const heir = heirOf(oldBodies.get(old.id) ?? '', oldPositions.get(old.id) ?? 0, targets)
    if (heir) repos.readerState.carryOver(old.id, heir.id)
    repos.stories.remove(old.id)
  }
  return {
    stories: split.length,
    added: matches.filter((match) => match.previous === null).length,
    removed: removed.length,
    unchanged: matches.filter((match) => match.isUnchanged).length,
    ...placed,
    storyIds: targets.map((target) => target.id),
    removedIds: removed.map((old) => old.id),
  }
}
