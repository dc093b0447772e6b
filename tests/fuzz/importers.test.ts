import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import { SPLIT_TIME_LIMIT_MS } from '../../src/main/core/text/deadline'
import type { Library } from '../../src/main/core/library/types'
import type { ImportReport } from '../../src/shared/types'
import { tempDir } from '../core/tempDir'
import { createHandlers } from '../../src/main/handlers/handlers'
import { invokeChannel } from '../../src/main/handlers/invokeChannel'
import { integrityOf, problemWith } from './channelHarness'
import { fuzzParams, fuzzTimeout } from './fuzzRuns'
import { hostileString } from './hostileValues'
import { fuzzFile, type FuzzFile } from './importArbitraries'

/** Files per run in CI (FUZZ_RUNS overrides). */
const RUNS = 40
/**
 * No file may take longer to import: the splitter's own deadline (past it a page is skipped as
 * too slow) and 10 s to store and index it. A hang guard, not a benchmark: 30,000 empty
 * paragraphs as HTML take Readability 4 s alone, and 13 s on a machine busy with other tests.
 */
const FILE_BOUND_MS = SPLIT_TIME_LIMIT_MS + 10_000

let temp: ReturnType<typeof tempDir>
let library: Library
let seedHighlight: string
let run = 0
const tally = new Map<string, number>()

const sourceCounts = (): Map<number, number> =>
  new Map(library.listSources().map((source) => [source.id, source.storyCount]))

beforeAll(() => {
  temp = tempDir('fuzz-import', true)
  library = openLibrary(join(temp.dir, 'library'), { log: () => {} })
  library.importPaths([temp.seeds])
  const [first] = library.listStoryIds({})
  seedHighlight = library.createHighlight(first, {
    start: 0,
    end: 4,
    color: 'blue',
    note: '工会',
  }).id
})
afterAll(() => {
  // FUZZ_STATS=1 prints what each kind of file became (stories, or the reason it was skipped).
  if (process.env.FUZZ_STATS)
    console.log(
      [...tally]
        .sort()
        .map(([k, n]) => `${k} ${n}`)
        .join('\n'),
    )
  library.close()
  temp.remove()
})

// One file in, by upload (web mode, drops) or by path (the desktop dialog, the CLI).
const importOne = (file: FuzzFile, isByPath: boolean, encoding?: string) => {
  if (!isByPath) {
    const report = library.importUploads([{ name: file.name, bytes: file.bytes }], { encoding })
    return { report, where: file.name }
  }
  const folder = join(temp.dir, 'pages', String((run += 1)))
  mkdirSync(folder, { recursive: true })
  const path = join(folder, file.name)
  writeFileSync(path, file.bytes)
  return { report: library.importPaths([path], { encoding }), where: path }
}

const describeFile = (file: FuzzFile): string =>
  `${file.kind} ${file.name} (${file.bytes.length} bytes)`

// Stories, or a reason naming the file: never nothing, never an exception.
const expectStoriesOrReason = (report: ImportReport, where: string, file: FuzzFile) => {
  expect(report.files + report.skipped.length, describeFile(file)).toBe(1)
  if (report.skipped.length === 1) {
    expect(report.skipped[0].path).toBe(where)
    expect(typeof report.skipped[0].reason.code).toBe('string')
  } else {
    expect(report.stories, describeFile(file)).toBeGreaterThan(0)
  }
}

describe('the importers fuzzed', () => {
  it(
    'import any file as stories or skip it with a reason, in time, losing nothing held',
    () => {
      fc.assert(
        fc.property(
          fuzzFile,
          fc.boolean(),
          fc.option(fc.constantFrom('gb18030', 'big5', 'utf-8', 'utf-16le'), { nil: undefined }),
          (file, isByPath, encoding) => {
            const before = sourceCounts()
            const started = performance.now()
            const { report, where } = importOne(file, isByPath, encoding)
            const elapsed = performance.now() - started
            expect(elapsed, `${describeFile(file)} took ${Math.round(elapsed)} ms`).toBeLessThan(
              FILE_BOUND_MS,
            )
            expectStoriesOrReason(report, where, file)
            const outcome =
              report.skipped[0]?.reason.code ?? `${report.stories > 1 ? 'n' : 1} stories`
            tally.set(`${file.kind} ${outcome}`, (tally.get(`${file.kind} ${outcome}`) ?? 0) + 1)
            const slowest = `${file.kind} slowest ms`
            tally.set(slowest, Math.max(tally.get(slowest) ?? 0, Math.round(elapsed)))
            // What the library held is still there, story for story; the new page adds its own.
            const after = sourceCounts()
            for (const [id, count] of before) expect(after.get(id), `page ${id}`).toBe(count)
            const added = [...after].filter(([id]) => !before.has(id))
            // Bytes the library already holds as a page are that page, unchanged.
            expect(added.length, describeFile(file)).toBe(report.files - report.unchanged)
            for (const [, count] of added) expect(count).toBe(report.stories)
          },
        ),
        fuzzParams(RUNS),
      )
    },
    fuzzTimeout(120_000, RUNS),
  )

  it(
    'search the hostile pages with hostile queries, answering a Result in time',
    async () => {
      // The app indexes new pages in the background; without it, search scans their text, which
      // after a FUZZ_RUNS run is hundreds of megabytes.
      library.maintain()
      const table = createHandlers({ library, mode: 'web', emit: () => {} })
      await fc.assert(
        fc.asyncProperty(hostileString, async (query) => {
          const started = performance.now()
          const result = await invokeChannel(table, 'search:query', [query])
          expect(problemWith(result), query).toBeNull()
          expect(performance.now() - started).toBeLessThan(2000)
        }),
        fuzzParams(RUNS),
      )
    },
    fuzzTimeout(60_000, RUNS),
  )

  it(
    'split every hostile page again with the current splitter, losing none',
    () => {
      const stories = library.listStoryIds({}).length
      const pages = library.listSources().length
      const started = performance.now()
      const report = library.resplitPages()
      expect(performance.now() - started).toBeLessThan(FILE_BOUND_MS * pages)
      // A page past the deadline on a busy machine keeps the stories it had, with a reason.
      for (const { path, reason } of report.skipped) expect(typeof reason.code, path).toBe('string')
      expect(library.listStoryIds({}).length).toBe(stories)
    },
    fuzzTimeout(60_000, RUNS),
  )

  it('leave a library that passes integrity_check, keeps its highlight and searches', () => {
    const sources = library.listSources()
    library.close()
    expect(integrityOf(join(temp.dir, 'library'))).toBe('ok')
    library = openLibrary(join(temp.dir, 'library'), { log: () => {} })
    expect(library.listSources()).toEqual(sources)
    const stories = sources.reduce((sum, source) => sum + source.storyCount, 0)
    expect(library.listStoryIds({}).length).toBe(stories)
    expect(library.listHighlights({}).map((highlight) => highlight.id)).toContain(seedHighlight)
    expect(library.search('工会').length).toBeGreaterThan(0)
  })
})
