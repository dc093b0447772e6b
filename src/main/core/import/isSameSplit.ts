import type { StoredSplit } from '../db/pageSplitRepo'
import type { PreparedPage } from './storePage'

/** True when a fresh split gives exactly the stories a page holds now, so nothing need be written. */
export function isSameSplit(stored: StoredSplit[], split: PreparedPage['stories']): boolean {
  return (
    stored.length === split.length &&
    split.every(
      (story, i) =>
        story.title === stored[i].title &&
        story.isTitleDerived === stored[i].isTitleDerived &&
        story.byline === stored[i].byline &&
        story.kind === stored[i].kind &&
        story.textHash === stored[i].textHash,
    )
  )
}
