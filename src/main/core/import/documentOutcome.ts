import type { SkipReason } from '../../../shared/messages'
import type { StoredPage } from './storePage'

/** What importing one page did. */
export type DocumentOutcome =
  | { kind: 'skipped'; reason: SkipReason }
  | ({
      kind: 'imported'
      /** False when the page was already in the library as it is. */
      isChanged: boolean
      /** True for an upload added as a new page while another page has its name. */
      isNamesake: boolean
      /** Set when some of its bytes were broken and read as U+FFFD. */
      repaired: { encoding: string; replacements: number } | null
    } & StoredPage)

/** The outcome for a page the library already holds as it is, with `count` stories. */
export const unchangedOutcome = (count: number): DocumentOutcome => ({
  kind: 'imported',
  stories: count,
  added: 0,
  removed: 0,
  unchanged: count,
  isChanged: false,
  isNamesake: false,
  repaired: null,
  reanchored: 0,
  orphaned: 0,
  storyIds: [],
  removedIds: [],
})
