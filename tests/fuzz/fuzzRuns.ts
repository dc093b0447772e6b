import fc from 'fast-check'

// CI runs a small number of cases per property so each fuzz file stays well under a minute;
// FUZZ_RUNS=2000 (for example) runs a long search by hand. fast-check prints the seed and the
// path of a failure: `FUZZ_SEED=<seed> FUZZ_PATH=<path>` replays it (with `-t` naming the test).
const fromEnv = (name: string): number | undefined => {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`)
  return value
}

/** Cases per property: `fallback` in CI, or FUZZ_RUNS when set. */
export const fuzzRuns = (fallback: number): number => fromEnv('FUZZ_RUNS') ?? fallback

// Counterexamples hold 20,000-byte files and 100,000-id lists: each line of the report is cut
// short; the seed and path on its first line are what replays it.
const MAX_LINE = 1500
const shorten = (report: string): string =>
  report
    .split('\n')
    .map((line) =>
      line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}… (${line.length} chars)` : line,
    )
    .join('\n')

const shortReports =
  <T>(): NonNullable<fc.Parameters<T>['plugins']>[number] =>
  () => ({
    onAllRunsComplete: (details) => {
      if (!details.failed) return
      const report = shorten(fc.defaultReportMessage(details) ?? 'failed')
      throw new Error(report, { cause: details.errorInstance })
    },
  })

/** fast-check parameters for one property: the run count, and the seed to replay when given. */
export const fuzzParams = <T>(fallbackRuns: number): fc.Parameters<T> => {
  const seed = fromEnv('FUZZ_SEED')
  const path = process.env.FUZZ_PATH
  return {
    numRuns: fuzzRuns(fallbackRuns),
    ...(seed === undefined ? {} : { seed }),
    ...(path ? { path } : {}),
    verbose: 1,
    plugins: [shortReports<T>()],
  }
}

/** A vitest timeout for a property: generous for CI, scaled up for a FUZZ_RUNS run. */
export const fuzzTimeout = (ciMs: number, fallbackRuns: number): number =>
  Math.max(ciMs, Math.ceil((ciMs * fuzzRuns(fallbackRuns)) / fallbackRuns))
