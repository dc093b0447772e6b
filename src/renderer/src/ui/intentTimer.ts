/** A pending "the reader means this item" that fires only once they have stayed on it. */
export interface IntentTimer {
  /** Starts waiting for `id` (a new id replaces the one waited for; the same id keeps its wait). */
  start: (id: string) => void
  /** Forgets the item waited for, if any. */
  cancel: () => void
}

/**
 * How long the pointer rests on a row, or the keys on an active row, before its story is asked
 * for: long enough that a pointer crossing the list, or an arrow key held down, asks for nothing
 * on the way; short against the time from resting on a row to pressing it (instant.page's 65 ms).
 */
export const INTENT_DELAY_MS = 65

/** Calls `onIntent(id)` once an item has been pointed at (or made active) for `delayMs`. */
export const createIntentTimer = (
  onIntent: (id: string) => void,
  delayMs = INTENT_DELAY_MS,
): IntentTimer => {
  let pendingId: string | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  const cancel = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    pendingId = null
  }
  return {
    start: (id) => {
      if (id === pendingId) return
      cancel()
      pendingId = id
      timer = setTimeout(() => {
        timer = null
        pendingId = null
        onIntent(id)
      }, delayMs)
    },
    cancel,
  }
}
