/**
 * Pages stored in the order they were listed while several threads read and split them: each
 * page waits for its turn before its write transaction, and passes the turn on when it is done
 * (stored, unchanged or skipped), so the library's page order never depends on which thread
 * was quicker.
 */
export interface ImportTurn {
  /** Blocks until every page listed before `order` is done. */
  wait(order: number): void
  /** Marks page `order` done (waiting for its turn first), letting the next one store. */
  pass(order: number): void
}

// A thread that died would leave the others waiting forever; after this long a waiting page
// goes ahead anyway (order is a nicety, never worth a hang).
const LONGEST_WAIT_MS = 120_000

/** A turn shared between threads through one Int32 in shared memory (the next page's order). */
export function sharedTurn(buffer: SharedArrayBuffer): ImportTurn {
  const next = new Int32Array(buffer, 0, 1)
  const wait = (order: number): void => {
    const giveUpAt = Date.now() + LONGEST_WAIT_MS
    for (let current = Atomics.load(next, 0); current < order; current = Atomics.load(next, 0)) {
      if (Date.now() > giveUpAt) return
      Atomics.wait(next, 0, current, 1000)
    }
  }
  return {
    wait,
    pass: (order) => {
      wait(order)
      Atomics.store(next, 0, Math.max(Atomics.load(next, 0), order + 1))
      Atomics.notify(next, 0)
    },
  }
}
