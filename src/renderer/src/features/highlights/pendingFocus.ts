import type { HighlightId } from '../../../../shared/ids'

// The Highlights view opens a story and asks the reader to bring one passage into view; the
// reader takes the request once that story has rendered its marks.
let pending: HighlightId | null = null

/** Asks the reader to scroll to and flash a highlight when it next renders it. */
export const requestHighlightFocus = (id: HighlightId): void => {
  pending = id
}

/** Takes the pending request if the reader can show it. */
export const takeHighlightFocus = (isShown: (id: HighlightId) => boolean): HighlightId | null => {
  if (pending === null || !isShown(pending)) return null
  const id = pending
  pending = null
  return id
}
