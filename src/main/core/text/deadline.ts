/** How long splitting one page may take before it is given up: far beyond any real page. */
export const SPLIT_TIME_LIMIT_MS = 15_000

/** Thrown when a page takes longer to read than its time limit, in seconds (one decimal). */
export class TooSlowError extends Error {
  readonly seconds: number

  constructor(limitMs: number) {
    const seconds = Math.max(0, Math.round(limitMs / 100) / 10)
    super(`took too long to read (over ${seconds} s)`)
    this.name = 'TooSlowError'
    this.seconds = seconds
  }
}

/** A point in time after which reading a page stops; `check` throws a TooSlowError past it. */
export interface Deadline {
  check: () => void
}

// Reading the process's CPU time is a system call (slow on a busy machine); loops check far
// more often than needed. The wall clock is cheap, and CPU time cannot run ahead of it on one
// thread, so CPU time is read again only once this much wall time has passed. Even the wall
// clock costs when asked for every line of every page, so it is read every WALL_EVERY checks.
const CLOCK_EVERY_MS = 20
const WALL_EVERY = 16

// One reading shared by every deadline of the thread: an import starts one per page, and each
// start would otherwise be a system call of its own.
let cpuReadAt = -Infinity
let cpuLast = 0

/**
 * Milliseconds of CPU time this process has used. Work, not wall time, is what a page costs:
 * on a busy machine (other imports, other programs) wall time would skip pages that are fine.
 */
function cpuClock(): () => number {
  let calls = 0
  return () => {
    if (calls++ % WALL_EVERY !== 0) return cpuLast
    const wall = performance.now()
    if (wall - cpuReadAt >= CLOCK_EVERY_MS) {
      cpuReadAt = wall
      const { user, system } = process.cpuUsage()
      cpuLast = (user + system) / 1000
    }
    return cpuLast
  }
}

/**
 * A deadline `limitMs` from now on the given clock (by default the process's CPU time).
 * Reading is synchronous (the import blocks its caller), so the loops that walk a page call
 * `check` now and then rather than a timer interrupting them.
 */
export function deadlineAfter(
  limitMs: number = SPLIT_TIME_LIMIT_MS,
  now: () => number = cpuClock(),
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
