import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createHandlers,
  type HandlerDeps,
  type HandlerTable,
} from '../../src/main/handlers/handlers'
import { invokeChannel } from '../../src/main/handlers/invokeChannel'
import { CHANNELS, type Channel, type Result } from '../../src/shared/contract'
import { channelArgs } from './channelArgs'
import {
  desktopDeps,
  integrityOf,
  openFuzzLibrary,
  problemWith,
  replenish,
  type FuzzLibrary,
} from './channelHarness'
import { fuzzParams, fuzzTimeout } from './fuzzRuns'
import { randomArgs } from './hostileValues'
import { emptyPool, noteUndoIds, poolIds, refreshPool } from './idPool'

/** Cases per channel in CI (FUZZ_RUNS overrides). */
const RUNS = 25
/** Sequences of mixed calls in CI (FUZZ_RUNS overrides). */
const SEQUENCES = 10
/** No call may take longer: a bound on hangs and runaway work, not a benchmark. */
const CALL_BOUND_MS = 2000
/**
 * Calls whose work grows with the whole library (a backup, a restore, splitting every page
 * again, an export of everything, imports) get more: a long FUZZ_RUNS run grows the library
 * to thousands of pages, and a backup of that takes over 2 s on a busy machine.
 */
const WHOLE_LIBRARY_BOUND_MS = 10_000
/** A batch of up to 30 calls sent at once. */
const BATCH_BOUND_MS = 30_000
const WHOLE_LIBRARY: ReadonlySet<string> = new Set([
  'library:importUploads',
  'library:pickAndImport',
  'library:resplit',
  'sources:replace',
  'export:run',
  'annotations:import',
  'backup:create',
  'backup:pickAndRestore',
  'backup:restoreUpload',
])

/** A page no fuzzed call has seen, so no deletion the calls recorded can leave it out. */
const PAGE_BEFORE_CLOSING = '关闭之前\n\n本报讯 这一页在关闭资料库之前导入，重新打开后必须还在。\n'

const counts = new Map<string, number>()
const tally = (channel: string, code: string) => {
  const key = `${channel} ${code}`
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

// In stats, a refusal by the channel's schema is told apart from one core made.
const codeOf = (channel: string, result: Result<unknown>): string => {
  if (result.ok) return 'ok'
  const { code, message } = result.error
  return message.startsWith(`${channel}: a`) ? 'schema' : code
}

const shortly = (args: unknown): string => {
  let text: string
  try {
    text = JSON.stringify(args) ?? String(args)
  } catch {
    text = String(args)
  }
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text
}

/**
 * Fuzzes every channel of the contract through invokeChannel, the one path IPC and the web
 * bridge take: each call answers a Result (ok, or a coded failure that is not INTERNAL) within
 * the bound, and the library file is sound afterwards. The channel list is CHANNELS itself.
 */
export const fuzzChannels = (mode: HandlerDeps['mode']): void => {
  describe(`every channel (${mode} table)`, () => {
    let fuzz: FuzzLibrary
    let table: HandlerTable
    const pool = emptyPool()
    const ids = poolIds(pool)
    let specific: Partial<Record<Channel, fc.Arbitrary<unknown[]>>>

    beforeAll(() => {
      fuzz = openFuzzLibrary(`fuzz-${mode}`)
      const host = mode === 'desktop' ? desktopDeps(fuzz) : { mode }
      table = createHandlers({ ...host, library: fuzz.library, emit: () => {} })
      specific = channelArgs(ids, fuzz.fixtures)
      refreshPool(pool, fuzz.library)
    })
    afterAll(() => {
      // FUZZ_STATS=1 prints how each channel answered: near-valid arguments should reach core.
      if (process.env.FUZZ_STATS) console.log([...counts].map(([k, n]) => `${k} ${n}`).join('\n'))
      fuzz?.remove()
    })

    it('has near-valid arguments only for channels the contract still has', () => {
      const stale = Object.keys(specific).filter((name) => !CHANNELS.includes(name as Channel))
      expect(stale).toEqual([])
      const randomOnly = CHANNELS.filter((channel) => !specific[channel])
      // Not a failure: a channel added since is fuzzed with random arguments meanwhile.
      if (randomOnly.length > 0) console.info(`random arguments only: ${randomOnly.join(', ')}`)
    })

    const argsFor = (channel: Channel): fc.Arbitrary<unknown[]> => {
      const nearValid = specific[channel]
      // A channel without near-valid arguments (added since) still gets random ones.
      return nearValid
        ? fc.oneof({ arbitrary: nearValid, weight: 3 }, { arbitrary: randomArgs, weight: 1 })
        : randomArgs
    }

    // One call and everything it must hold; then the pool is brought up to date.
    const callOnce = async (channel: Channel, raw: unknown[], isTimed = true): Promise<void> => {
      const started = performance.now()
      const result = await invokeChannel(table, channel, raw)
      const elapsed = performance.now() - started
      const problem = problemWith(result)
      if (problem !== null) throw new Error(`${channel} ${shortly(raw)}: ${problem}`)
      const bound = WHOLE_LIBRARY.has(channel) ? WHOLE_LIBRARY_BOUND_MS : CALL_BOUND_MS
      if (isTimed && elapsed > bound) {
        throw new Error(`${channel} ${shortly(raw)} took ${Math.round(elapsed)} ms`)
      }
      // Web mode sends answers as JSON: every answer must survive it.
      expect(() => JSON.stringify(result)).not.toThrow()
      expect(({} as { polluted?: unknown }).polluted, 'Object.prototype polluted').toBe(undefined)
      if (result.ok) noteUndoIds(pool, result.value)
      // Ids for the next case are drawn from what the library holds now.
      replenish(fuzz)
      refreshPool(pool, fuzz.library)
      if (process.env.FUZZ_STATS) tally(channel, codeOf(channel, result))
    }

    it.each(CHANNELS.map((channel) => [channel] as const))(
      '%s answers a Result, never INTERNAL, in time',
      async (channel) => {
        replenish(fuzz)
        refreshPool(pool, fuzz.library)
        await fc.assert(
          fc.asyncProperty(argsFor(channel), (raw) => callOnce(channel, raw)),
          fuzzParams(RUNS),
        )
      },
      fuzzTimeout(60_000, RUNS),
    )

    // Calls mixed across channels (undo after a merge after a delete), in turn or all at once.
    it(
      'answers any sequence of calls across channels the same way',
      async () => {
        const call = fc
          .constantFrom(...CHANNELS)
          .chain((channel) => argsFor(channel).map((raw) => [channel, raw] as const))
        await fc.assert(
          fc.asyncProperty(
            fc.array(call, { minLength: 1, maxLength: 30 }),
            fc.boolean(),
            async (calls, isAtOnce) => {
              // At once, as a page firing requests without waiting: the desktop's dialogs and
              // the export's save dialog are awaited, so their calls interleave with others.
              // A call's time then includes the others' (one thread): the batch is timed whole.
              const started = performance.now()
              if (isAtOnce) {
                await Promise.all(calls.map(([channel, raw]) => callOnce(channel, raw, false)))
                expect(performance.now() - started).toBeLessThan(BATCH_BOUND_MS)
              } else for (const [channel, raw] of calls) await callOnce(channel, raw)
            },
          ),
          fuzzParams(SEQUENCES),
        )
      },
      fuzzTimeout(90_000, SEQUENCES),
    )

    it('leaves a library that passes integrity_check, opens and lists its stories', () => {
      // The calls may have deleted every story (a page whose stories are all deleted stays,
      // empty, for undo and re-import): a page stored now proves the reopened library lists
      // what was stored before it closed.
      const added = fuzz.library.importUploads([
        { name: 'stored-before-closing.txt', bytes: Buffer.from(PAGE_BEFORE_CLOSING) },
      ])
      expect(added.added).toBeGreaterThan(0)
      const before = fuzz.library.listSources()
      fuzz.library.close()
      expect(integrityOf(`${fuzz.dir}/library`)).toBe('ok')
      const library = fuzz.reopen()
      const sources = library.listSources()
      expect(sources.map((source) => source.id)).toEqual(before.map((source) => source.id))
      const storyCount = sources.reduce((sum, source) => sum + source.storyCount, 0)
      expect(library.listStories({}).length).toBe(storyCount)
      expect(storyCount).toBeGreaterThanOrEqual(added.added)
    })
  })
}
