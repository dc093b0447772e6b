import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../src/shared/contract'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import { importPathsOnThreadsSync } from '../../src/main/workers/importOnThreadsSync'
import { indexContents, pendingCount } from '../core/indexContents'

const BIN = resolve(import.meta.dirname, '../../bin/inkstone.mjs')

// A page of `stories` stories: a headline, a blank line, a dateline paragraph.
const page = (index: number, stories: number): string =>
  Array.from({ length: stories }, (_, story) => {
    const words = `第${index}页第${story}篇`
    return `${words}工会简讯\n\n本报讯 ${words}，市总工会组织职工开展技能培训活动，参加培训的职工表示收获很大。\n`
  }).join('\n')

let dir: string
const writePages = (folder: string, count: number, stories: number): void => {
  mkdirSync(folder, { recursive: true })
  for (let index = 0; index < count; index++) {
    const name = `page-${String(index).padStart(3, '0')}.txt`
    writeFileSync(join(folder, name), page(index, stories))
  }
}
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-threads-sync-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** What one thread makes of the folder: its report and stories in order. */
const oneThread = (folder: string) => {
  const library = openLibrary(join(dir, 'one'))
  try {
    const report = library.importPaths([folder])
    return { report, titles: library.listStories().map((story) => story.title) }
  } finally {
    library.close()
  }
}

describe('the CLI’s import on threads (waited for without an event loop)', () => {
  it('stores what one thread stores, in listed order, indexed, with a progress line a page', () => {
    const folder = join(dir, 'pages')
    writePages(folder, 24, 4)
    writeFileSync(join(folder, 'zz-binary.txt'), Buffer.from([0, 1, 2, 0, 255, 0, 7, 0]))
    const expected = oneThread(folder)

    const libraryDir = join(dir, 'threads')
    const library = openLibrary(libraryDir)
    const progress: ImportProgress[] = []
    try {
      const report = importPathsOnThreadsSync(library, [folder], {
        threads: 3,
        threadsFromBytes: 0,
        onProgress: (step) => void progress.push(step),
      })
      expect(report).toEqual(expected.report)
      expect(report.skipped.map((skip) => skip.path)).toEqual([join(folder, 'zz-binary.txt')])
      expect(library.listStories().map((story) => story.title)).toEqual(expected.titles)
      expect(progress).toHaveLength(25)
      expect(progress.at(-1)).toMatchObject({ done: 25, total: 25 })
      // The threads indexed what they stored: nothing waits in the queue, search finds it.
      expect(pendingCount(join(libraryDir, LIBRARY_FILE))).toBe(0)
      expect(library.search('第7页第2篇').map((hit) => hit.title)).toEqual(['第7页第2篇工会简讯'])

      // Pages changed and imported again: the threads index the changed stories in the
      // transaction that stored them, and the index holds each story's tokens once, no more.
      writeFileSync(join(folder, 'page-007.txt'), page(7, 4).replaceAll('技能培训', '安全生产'))
      writeFileSync(join(folder, 'page-011.txt'), page(11, 2))
      const again = importPathsOnThreadsSync(library, [folder], { threads: 2, threadsFromBytes: 0 })
      expect(again.removed).toBe(2)
      const contents = indexContents(join(libraryDir, LIBRARY_FILE))
      expect(contents.indexed).toEqual(contents.expected)
      expect(library.searchPage('安全生产').total).toBe(4)
    } finally {
      library.close()
    }
  })

  it('bin/inkstone imports a folder of a megabyte or more on threads, as one thread would', () => {
    const folder = join(dir, 'big')
    // 40 pages of 80 stories: about 1.3 MB, over the threshold for threads.
    writePages(folder, 40, 80)
    const expected = oneThread(folder)
    const libraryDir = join(dir, 'cli')
    const run = spawnSync(
      process.execPath,
      [BIN, 'import', folder, '--json', '--library', libraryDir],
      { encoding: 'utf8' },
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(expected.report)
    const library = openLibrary(libraryDir)
    try {
      expect(library.listStories().map((story) => story.title)).toEqual(expected.titles)
    } finally {
      library.close()
    }
  }, 120_000)
})
