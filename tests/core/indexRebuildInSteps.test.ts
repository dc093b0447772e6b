import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { IndexProgress } from '../../src/main/core/library/searchIndexStore'
import type { Library } from '../../src/main/core/library/types'
import { bruteSearch } from './bruteSearch'
import { indexContents, pendingCount } from './indexContents'
import { copyAsVersion4 } from './oldLibrary'
import { SEED_DIR, tempDir } from './tempDir'

// More stories than one build step takes, so the build runs in several.
const PAGES = 250

let temp: ReturnType<typeof tempDir>
let baseFile: string
let libraryDir: string
let copies = 0
const open: Library[] = []

const file = () => join(libraryDir, LIBRARY_FILE)
const macrotask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
const sorted = (library: Library, query: string): string[] =>
  library
    .search(query, { limit: 1000 })
    .map((hit) => hit.id)
    .sort()
const expected = (library: Library, query: string): string[] =>
  bruteSearch(
    library.listStories().map((summary) => library.getStory(summary.id)!),
    query,
  )

// A host like the web server's: maintenance runs later, in steps that give way between them.
const openAsHost = () => {
  const tasks: Array<() => void> = []
  const progress: IndexProgress[] = []
  const problems: string[] = []
  let pauses = 0
  const library = openLibrary(libraryDir, {
    log: (message) => void problems.push(message),
    scheduleMaintenance: (task) => void tasks.push(task),
    pauseMaintenance: () => {
      pauses++
      return macrotask()
    },
    onIndexProgress: (step) => void progress.push(step),
  })
  open.push(library)
  const runScheduled = async () => {
    while (tasks.length > 0) {
      tasks.shift()!()
      // Let the stepped build run to its end: nothing queued, and the last report says done.
      while (pendingCount(file()) > 0 || progress.at(-1)?.done !== progress.at(-1)?.total) {
        await macrotask()
      }
    }
  }
  return { library, tasks, progress, problems, runScheduled, pauses: () => pauses }
}

beforeAll(() => {
  temp = tempDir('index-steps')
  const pages = join(temp.dir, 'pages')
  mkdirSync(pages)
  for (let page = 0; page < PAGES; page++) {
    const text = `第${page}篇 劳模风采\n\n本报讯 劳模${page}号在工会的帮扶下完成了第${page}项工作。\n`
    writeFileSync(join(pages, `page${String(page).padStart(3, '0')}.txt`), text)
  }
  const library = openLibrary(join(temp.dir, 'base'))
  library.importPaths([pages])
  expect(library.maintain()).toBe(true)
  library.close()
  baseFile = join(temp.dir, 'base', LIBRARY_FILE)
})
afterAll(() => temp.remove())
beforeEach(() => {
  libraryDir = join(temp.dir, `library${++copies}`)
  mkdirSync(libraryDir)
})
afterEach(() => {
  for (const library of open.splice(0)) library.close()
})

it('builds an upgraded library’s index in the background, in steps, reporting progress to the end', async () => {
  copyAsVersion4(baseFile, file())
  const host = openAsHost()
  const total = host.library.listStories().length
  expect(total).toBe(PAGES)
  expect(host.tasks).toHaveLength(1)
  // Open answered at once; search is exact meanwhile (a scan of the stored text).
  const scanned = sorted(host.library, '劳模')
  expect(scanned).toEqual(expected(host.library, '劳模'))
  expect(scanned).toHaveLength(PAGES)
  expect(pendingCount(file())).toBe(PAGES)
  await host.runScheduled()
  expect(host.progress.length).toBeGreaterThan(2)
  // Forward only, never past the total, to the whole queue, then done ({1, 1}).
  const counts = host.progress.filter(({ total: of }) => of > 1)
  for (const { done, total: of } of counts) expect(done).toBeLessThanOrEqual(of)
  const fractions = counts.map(({ done, total: of }) => done / of)
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
  expect(counts.length).toBeGreaterThan(2)
  expect(host.pauses()).toBeGreaterThan(1)
  expect(pendingCount(file())).toBe(0)
  // The same stories, now from the index.
  expect(sorted(host.library, '劳模')).toEqual(scanned)
  expect(host.problems).toEqual([])
  const { indexed, expected: stored } = indexContents(file())
  expect(indexed).toEqual(stored)
})

it('builds a damaged index again in the background, in steps, scanning meanwhile', async () => {
  copyFileSync(baseFile, file())
  const db = new BetterSqlite3(file())
  db.unsafeMode(true)
  db.prepare('UPDATE search_blocks SET data = randomblob(length(data))').run()
  db.close()
  const host = openAsHost()
  // Opening trusted the index (nothing to read but one row); the first query finds it damaged.
  expect(host.tasks).toHaveLength(0)
  const scanned = sorted(host.library, '劳模')
  expect(scanned).toEqual(expected(host.library, '劳模'))
  expect(host.problems.length).toBeGreaterThan(0)
  expect(host.tasks).toHaveLength(1)
  await host.runScheduled()
  expect(pendingCount(file())).toBe(0)
  expect(sorted(host.library, '劳模')).toEqual(scanned)
  expect(sorted(host.library, '第17篇')).toEqual(expected(host.library, '第17篇'))
})

it('finds a headline edited between two steps, during the build and after it', async () => {
  copyAsVersion4(baseFile, file())
  const host = openAsHost()
  const stories = host.library.listStories()
  const [early, late] = [stories[3], stories[PAGES - 3]]
  host.tasks.shift()!()
  await macrotask()
  expect(pendingCount(file())).toBeGreaterThan(0)
  expect(pendingCount(file())).toBeLessThan(PAGES)
  // One story the build has passed, one it has not reached.
  host.library.setTitle(early.id, '玫瑰港湾纪事')
  host.library.setTitle(late.id, '灯塔守望者')
  expect(sorted(host.library, '玫瑰港湾纪事')).toEqual([early.id])
  expect(sorted(host.library, '灯塔守望者')).toEqual([late.id])
  await host.runScheduled()
  expect(pendingCount(file())).toBe(0)
  expect(sorted(host.library, '玫瑰港湾纪事')).toEqual([early.id])
  expect(sorted(host.library, '灯塔守望者')).toEqual([late.id])
  expect(sorted(host.library, early.title)).toEqual(expected(host.library, early.title))
  const { indexed, expected: stored } = indexContents(file())
  expect(indexed).toEqual(stored)
})

it('is a search backend: every write is found at once, with or without maintenance', () => {
  copyFileSync(baseFile, file())
  const library = openLibrary(libraryDir, { log: () => {} })
  open.push(library)
  // A seed page holds several stories, so one can be merged with the next.
  library.importPaths([join(SEED_DIR, '001_a2a051d0fb4e3a2d.txt')])
  const source = library.listSources().find((page) => page.name.startsWith('001_'))!
  const [first, second] = library.listStories({ sourceId: source.id })
  library.setTitle(first.id, '灯塔守望者')
  expect(sorted(library, '灯塔守望者')).toEqual([first.id])
  library.mergeWithNext(first.id)
  expect(library.getStory(second.id)).toBeNull()
  expect(library.search(second.title).some((hit) => hit.id === second.id)).toBe(false)
  expect(sorted(library, '第1篇')).toEqual(expected(library, '第1篇'))
  expect(library.maintain()).toBe(true)
  expect(pendingCount(file())).toBe(0)
  expect(sorted(library, '灯塔守望者')).toEqual([first.id])
  expect(sorted(library, '第1篇')).toEqual(expected(library, '第1篇'))
})
