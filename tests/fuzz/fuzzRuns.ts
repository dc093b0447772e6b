import fc from 'fast-check'

// CI runs a small number of cases per property so each fuzz file stays well under a minute;
// FUZZ_RUNS=2000 (for example) runs a long search by hand. fast-check prints the seed and the
// path of a failure, so `FUZZ_SEED=<seed>` replays it.
const fromEnv = (name: string): number | undefined => {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`)
  return value
}

/** Cases per property: `fallback` in CI, or FUZZ_RUNS when set. */
export const fuzzRuns = (fallback: number): number => fromEnv('FUZZ_RUNS') ?? fallback

/** True when FUZZ_RUNS asks for a long run (timeouts grow with it). */
export const isLongRun = (): boolean => fromEnv('FUZZ_RUNS') !== undefined

/** fast-check parameters for one property: the run count, and the seed to replay when given. */
export const fuzzParams = <T>(fallbackRuns: number): fc.Parameters<T> => {
  const seed = fromEnv('FUZZ_SEED')
  return {
    numRuns: fuzzRuns(fallbackRuns),
    ...(seed === undefined ? {} : { seed }),
    verbose: 1,
  }
}

/** A vitest timeout for a property: generous for CI, scaled up for a FUZZ_RUNS run. */
export const fuzzTimeout = (ciMs: number, fallbackRuns: number): number =>
  Math.max(ciMs, Math.ceil((ciMs * fuzzRuns(fallbackRuns)) / fallbackRuns))
