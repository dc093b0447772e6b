// `npm run bench`: prints import+index time for the seed pages and search latency over them.
// Figures only, never pass/fail: speed is measured, not asserted (DEVELOPERS.md).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import { parseArgs } from 'node:util'
import { benchAnnotations } from './annotationsBench'
import { DEFAULT_ENGINES, sizeBench } from './sizeBench'

const QUERIES = [
  '困难职工',
  '疗休养',
  '工会',
  '市总工会',
  '劳模',
  '送温暖',
  '"两节"',
  '工会 -困难',
  '的',
  '2020',
]
const ROUNDS = 200

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

const fmt = (ms: number): string => `${ms.toFixed(2)} ms`

function main(): void {
  const seedDir = resolve(import.meta.dirname, '../../seeds')
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-bench-'))
  try {
    const t0 = performance.now()
    const library = openLibrary(dir)
    const report = library.importPaths([seedDir])
    // Importing no longer indexes; the rebuild a host schedules afterwards is timed with it.
    library.maintain()
    const importMs = performance.now() - t0
    library.close()

    const t1 = performance.now()
    const reopened = openLibrary(dir)
    reopened.listStories()
    const openMs = performance.now() - t1

    const timings: number[] = []
    const hits: Record<string, number> = {}
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of QUERIES) {
        const start = performance.now()
        const results = reopened.search(query, { limit: 50 })
        timings.push(performance.now() - start)
        hits[query] = results.length
      }
    }
    reopened.close()
    timings.sort((a, b) => a - b)

    console.log(`seeds: ${report.files} files, ${report.stories} stories`)
    console.log(`import + index (cold, incl. jieba load): ${fmt(importMs)}`)
    console.log(`open library + list stories: ${fmt(openMs)}`)
    console.log(
      `search over ${QUERIES.length} queries x ${ROUNDS}: p50 ${fmt(percentile(timings, 50))}, ` +
        `p95 ${fmt(percentile(timings, 95))}, max ${fmt(timings[timings.length - 1])}`,
    )
    for (const [query, count] of Object.entries(hits)) console.log(`  ${query}: ${count} hits`)
    console.log(`rss: ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  benchAnnotations(seedDir)
}

// `--size N` runs the synthetic-corpus comparison of issue 9 instead of the seed pages.
const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    engines: { type: 'string' },
    'timeout-min': { type: 'string', default: '20' },
    seed: { type: 'string', default: '9' },
    'no-renderer': { type: 'boolean', default: false },
  },
})
if (values.size === undefined) main()
else
  sizeBench({
    size: Number(values.size),
    isRendererMeasured: !values['no-renderer'],
    rounds: Number(values.rounds),
    engines: values.engines?.split(',') ?? DEFAULT_ENGINES,
    timeoutMin: Number(values['timeout-min']),
    seed: Number(values.seed),
  })
