import { closeSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { MAX_FILE_BYTES } from '../../src/shared/limits'
import { tempDir } from '../core/tempDir'
import { integrityOf } from './channelHarness'
import { REAL_PAGES } from './importArbitraries'

// One file of exactly the size limit (20 MB), built from the seeds with a hostile block every
// megabyte or so: a 1 MB line with no break, a run of combining marks, bidi controls, lone
// surrogates written as WTF-8, GB18030 and Big5 bytes (few enough that the file still reads as
// UTF-8 with repairs: more than one broken sequence in 1,000 characters is refused, as
// importers.test's mixed files show). Its own test file, so the memory it
// measures is this import's alone (each test file runs in a fresh process).

/** Longer than this is a hang, not a slow machine. */
const FILE_BOUND_MS = 90_000
/** Resident memory the import may add, and may add at its peak (generous: 50x and 75x the file). */
const RSS_GROWTH_BOUND = 1024 * 1024 * 1024
const PEAK_GROWTH_BOUND = 1536 * 1024 * 1024

const HAZARDS: ReadonlyArray<() => Uint8Array> = [
  () => Buffer.from(`\n${'工'.repeat(350_000)}\n\n`),
  () => Buffer.from(`\n${'a\u0301\u0302\u0303'.repeat(60_000)}\n\n`),
  () => Buffer.from(`\n${'\u202Eabc\u2066工会\u2069\u200F'.repeat(20_000)}\n\n`),
  () => Buffer.from(Array.from({ length: 100 }, () => [0xed, 0xa0, 0x80, 0x0a]).flat()),
  () => iconv.encode(`\n${'职工书屋新添图书。'.repeat(10)}\n\n`, 'gb18030'),
  () => iconv.encode(`\n${'職工書屋新添圖書。'.repeat(10)}\n\n`, 'big5'),
  () => Buffer.from(`\n${'<div>'.repeat(50_000)}\n${'> '.repeat(50_000)}\n\n`),
]

const writeHugeFile = (path: string): void => {
  const fd = openSync(path, 'w')
  let written = 0
  let turn = 0
  const write = (bytes: Uint8Array) => {
    const part = bytes.subarray(0, MAX_FILE_BYTES - written)
    writeSync(fd, part)
    written += part.length
  }
  while (written < MAX_FILE_BYTES) {
    for (let page = 0; page < 40 && written < MAX_FILE_BYTES; page += 1) {
      write(REAL_PAGES[(turn + page) % 5].bytes)
      write(Buffer.from('\n\n'))
    }
    write(HAZARDS[turn % HAZARDS.length]())
    turn += 1
  }
  closeSync(fd)
}

let temp: ReturnType<typeof tempDir>
let library: Library

beforeAll(() => {
  temp = tempDir('fuzz-huge', true)
  library = openLibrary(join(temp.dir, 'library'), { log: () => {} })
  library.importPaths([temp.seeds])
})
afterAll(() => {
  library.close()
  temp.remove()
})

it('imports a 20 MB hostile file in time and in bounded memory, keeping what was held', () => {
  const path = join(temp.dir, 'huge.txt')
  writeHugeFile(path)
  const before = library.listSources()
  const rssBefore = process.memoryUsage().rss

  const started = performance.now()
  const report = library.importPaths([path])
  const elapsed = performance.now() - started

  const rssGrowth = process.memoryUsage().rss - rssBefore
  // maxRSS is the process's peak in KiB: the import's peak, as nothing before it came close.
  const peakGrowth = process.resourceUsage().maxRSS * 1024 - rssBefore
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`
  console.log(
    `20 MB file: ${Math.round(elapsed)} ms, ${report.stories} stories, ` +
      `rss +${mb(rssGrowth)}, peak +${mb(peakGrowth)}`,
  )
  expect(elapsed).toBeLessThan(FILE_BOUND_MS)
  expect(rssGrowth, mb(rssGrowth)).toBeLessThan(RSS_GROWTH_BOUND)
  expect(peakGrowth, mb(peakGrowth)).toBeLessThan(PEAK_GROWTH_BOUND)

  // Stories or a reason naming the file; here, stories.
  expect(report.skipped).toEqual([])
  expect(report.files).toBe(1)
  expect(report.stories).toBeGreaterThan(1000)
  expect(report.repaired.map((file) => file.path)).toEqual([path])

  const after = library.listSources()
  expect(after.slice(0, before.length)).toEqual(before)
  expect(after.at(-1)).toMatchObject({ path, storyCount: report.stories })
  library.close()
  expect(integrityOf(join(temp.dir, 'library'))).toBe('ok')
  library = openLibrary(join(temp.dir, 'library'), { log: () => {} })
  expect(library.listSources()).toEqual(after)
  expect(library.listStoryIds({}).length).toBe(
    after.reduce((sum, source) => sum + source.storyCount, 0),
  )
}, 180_000)
