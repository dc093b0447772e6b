import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { IndexProgress } from '../../src/main/core/library/indexSnapshot'
import type { Library } from '../../src/main/core/library/types'
import { tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let libraryDir: string
const open: Library[] = []

const raw = <T>(fn: (db: BetterSqlite3.Database) => T): T => {
  const db = new BetterSqlite3(join(libraryDir, LIBRARY_FILE))
  try {
    return fn(db)
  } finally {
    db.close()
  }
}

const stamp = () =>
  raw(
    (db) =>
      db
        .prepare(
          'SELECT generation, (SELECT value FROM library_generation) AS current FROM search_index',
        )
        .get() as { generation: number; current: number } | undefined,
  )

const macrotask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

// A host like the web server's: maintenance runs later, in steps that give way between them.
const openAsHost = () => {
  const tasks: Array<() => void> = []
  const progress: IndexProgress[] = []
  let pauses = 0
  const library = openLibrary(libraryDir, {
    log: () => {},
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
      // Let the stepped rebuild run to its end.
      for (let i = 0; i < 200; i++) await macrotask()
    }
  }
  return { library, tasks, progress, runScheduled, pauses: () => pauses }
}

beforeEach(() => {
  temp = tempDir('index-steps', true)
  libraryDir = join(temp.dir, 'library')
  const library = openLibrary(libraryDir, { log: () => {} })
  library.importPaths([temp.seeds])
  library.close()
  // A damaged index: the next open must not trust it, and must not fail.
  raw((db) => db.prepare("UPDATE search_index SET json = '#' || json").run())
})
afterEach(() => {
  for (const library of open.splice(0)) library.close()
  temp.remove()
})

it('rebuilds a damaged index in the background, in steps, reporting progress to the end', async () => {
  const host = openAsHost()
  const total = host.library.listStories().length
  // Open answered at once; search is exact meanwhile (a scan of the stored text).
  const scanned = host.library
    .search('劳模')
    .map((hit) => hit.id)
    .sort()
  expect(scanned.length).toBeGreaterThan(0)
  await host.runScheduled()
  expect(host.progress[0]).toEqual({ done: 0, total })
  expect(host.progress.at(-1)).toEqual({ done: total, total })
  expect(host.pauses()).toBeGreaterThan(0)
  const stored = stamp()!
  expect(stored.generation).toBe(stored.current)
  // The same stories, now ranked by the index.
  expect(
    host.library
      .search('劳模')
      .map((hit) => hit.id)
      .sort(),
  ).toEqual(scanned)
})

it('starts again when the library changes during the rebuild, and stores the newer index', async () => {
  const host = openAsHost()
  const story = host.library.listStories()[0]
  host.tasks.shift()!()
  await macrotask()
  // A headline edited between two steps: the build under way is worthless now.
  host.library.setTitle(story.id, '玫瑰港湾纪事')
  await host.runScheduled()
  const stored = stamp()!
  expect(stored.generation).toBe(stored.current)
  expect(host.library.search('玫瑰港湾纪事').map((hit) => hit.id)).toEqual([story.id])
})

it('is a search backend: told of upserted and removed stories, it finds exactly the stored text', () => {
  const library = openLibrary(libraryDir, { log: () => {} })
  open.push(library)
  const [first, second] = library.listStories()
  library.setTitle(first.id, '灯塔守望者')
  expect(library.search('灯塔守望者').map((hit) => hit.id)).toEqual([first.id])
  library.mergeWithNext(first.id)
  expect(library.getStory(second.id)).toBeNull()
  expect(library.search(second.title).some((hit) => hit.id === second.id)).toBe(false)
  // An explicit rebuild leaves a current index behind.
  library.maintain()
  const stored = stamp()!
  expect(stored.generation).toBe(stored.current)
  expect(library.search('灯塔守望者').map((hit) => hit.id)).toEqual([first.id])
})
