/** How long splitting one page may take before it is given up: far beyond any real page. */
export const SPLIT_TIME_LIMIT_MS = 15_000

/** Thrown when a page takes longer to read than its time limit; the message is the reason. */
export class TooSlowError extends Error {
  constructor(limitMs: number) {
    super(`took too long to read (over ${Math.round(limitMs / 100) / 10} s)`)
    this.name = 'TooSlowError'
  }
}

/** A point in time after which reading a page stops; `check` throws a TooSlowError past it. */
export interface Deadline {
  check: () => void
}

/**
 * A deadline `limitMs` from now. Reading is synchronous (the import blocks its caller), so the
 * loops that walk a page call `check` now and then rather than a timer interrupting them.
 */
export function deadlineAfter(
  limitMs: number = SPLIT_TIME_LIMIT_MS,
  now: () => number = () => performance.now(),
): Deadline {
  const end = now() + limitMs
  return {
    check: () => {
      if (now() > end) throw new TooSlowError(limitMs)
    },
  }
}

/** A deadline that never passes, for cleanup outside an import (reflow of one story). */
export const NO_DEADLINE: Deadline = { check: () => {} }
