import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StoryId } from '../../src/shared/ids'
import type { SearchHit } from '../../src/shared/types'
import { createRepos } from '../../src/main/core/db/createRepos'
import { openDatabase } from '../../src/main/core/db/openDatabase'
import { buildIndexSnapshot, storeIndexSnapshot } from '../../src/main/core/library/indexSnapshot'
import {
  LIBRARY_FILE,
  openLibrary,
  type LibraryDeps,
} from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { SEARCH_INDEX_VERSION } from '../../src/main/core/search/searchIndex'
import { tempDir } from './tempDir'

const ROOT = resolve(import.meta.dirname, '../..')
const NEW_TITLE = '玫瑰港湾纪事'
const PAGE_WORD = '灯塔守望者'

let temp: ReturnType<typeof tempDir>
let libraryDir: string
const problems: string[] = []
const open: Library[] = []
const quiet: LibraryDeps = { log: (message) => void problems.push(message) }

const openHere = (deps: LibraryDeps = {}): Library => {
  const library = openLibrary(libraryDir, { ...quiet, ...deps })
  open.push(library)
  return library
}

const raw = () => new BetterSqlite3(join(libraryDir, LIBRARY_FILE))

const storedStamp = () => {
  const db = raw()
  const row = db
    .prepare(
      `SELECT version, generation, json, (SELECT value FROM library_generation) AS current
        FROM search_index`,
    )
    .get() as { version: number; generation: number; json: string; current: number } | undefined
  db.close()
  return row ?? null
}

const ids = (hits: SearchHit[]): string[] => hits.map((hit) => hit.id).sort()
const isFound = (library: Library, query: string, id: StoryId): boolean =>
  library.search(query, { limit: 1000 }).some((hit) => hit.id === id)

/** A seed story whose headline does not occur in any story's text, so it is found only as a title. */
const retitledStory = (library: Library) => {
  const stories = library.listStories().map((summary) => library.getStory(summary.id)!)
  const story = stories.find(
    (candidate) =>
      candidate.title.length >= 4 && !stories.some((other) => other.body.includes(candidate.title)),
  )
  if (!story) throw new Error('no seed story with a headline found only in its title')
  return story
}

beforeEach(() => {
  temp = tempDir('index-cache', true)
  libraryDir = join(temp.dir, 'library')
  problems.length = 0
  const library = openHere()
  library.importPaths([temp.seeds])
  expect(library.maintain()).toBe(true)
})
afterEach(() => {
  for (const library of open.splice(0)) library.close()
  temp.remove()
})

describe('the stored search index is a cache that is never trusted when stale', () => {
  it('finds a headline changed by a writer that died before re-indexing', () => {
    const story = retitledStory(open[0])
    const db = raw()
    // What a crash right after the correction's commit leaves: new text, the old stored index.
    db.prepare('UPDATE stories SET title = ? WHERE id = ?').run(NEW_TITLE, story.id)
    db.close()
    const reopened = openHere()
    expect(isFound(reopened, NEW_TITLE, story.id)).toBe(true)
    expect(isFound(reopened, story.title, story.id)).toBe(false)
    expect(reopened.maintain()).toBe(true)
    expect(isFound(openHere(), NEW_TITLE, story.id)).toBe(true)
  })

  it('finds a correction whose process was killed (SIGKILL) before any index work', () => {
    const story = retitledStory(open[0])
    open.splice(0).forEach((library) => library.close())
    const child = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bin/run-ts.mjs'),
        join(ROOT, 'tests/core/fixtures/correctThenDie.ts'),
        libraryDir,
        story.id,
        NEW_TITLE,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    )
    expect(child.signal).toBe('SIGKILL')
    const reopened = openHere()
    expect(reopened.getStory(story.id)!.title).toBe(NEW_TITLE)
    expect(isFound(reopened, NEW_TITLE, story.id)).toBe(true)
    expect(isFound(reopened, story.title, story.id)).toBe(false)
  })

  it('finds a correction made through a second library before either rebuilt', () => {
    const first = open[0]
    const story = retitledStory(first)
    first.setTitle(story.id, NEW_TITLE)
    // The first library is now stale itself: it answers by scanning, from the committed text.
    expect(isFound(first, NEW_TITLE, story.id)).toBe(true)
    const second = openHere()
    expect(isFound(second, NEW_TITLE, story.id)).toBe(true)
    expect(isFound(second, story.title, story.id)).toBe(false)
  })

  it('finds both an import in one library and a headline edit in another, everywhere', () => {
    const [a] = open
    const b = openHere()
    const story = retitledStory(b)
    // Both hold a current index in memory before the two writes interleave.
    expect(a.search('困难职工').length).toBeGreaterThan(0)
    expect(b.search('困难职工').length).toBeGreaterThan(0)
    const page = join(temp.dir, 'lighthouse.txt')
    writeFileSync(page, `${PAGE_WORD}的故事\n\n本报讯 一位${PAGE_WORD}在海岛上工作了三十年。\n`)
    a.importPaths([page])
    b.setTitle(story.id, NEW_TITLE)
    const check = (library: Library) => {
      expect(isFound(library, NEW_TITLE, story.id)).toBe(true)
      expect(library.search(PAGE_WORD).map((hit) => hit.source)).toContain('lighthouse.txt')
    }
    check(a)
    check(b)
    expect(b.maintain()).toBe(true)
    expect(a.maintain()).toBe(true)
    check(a)
    check(b)
    check(openHere())
    const stamp = storedStamp()!
    expect(stamp.generation).toBe(stamp.current)
  })

  it('never stores an index built before another writer committed', () => {
    const db = openDatabase(join(libraryDir, LIBRARY_FILE))
    try {
      const repos = createRepos(db)
      const snapshot = buildIndexSnapshot(repos)
      const story = retitledStory(open[0])
      open[0].setTitle(story.id, NEW_TITLE)
      const before = storedStamp()!
      expect(storeIndexSnapshot(repos, snapshot)).toBe(false)
      expect(storedStamp()).toEqual(before)
      expect(storeIndexSnapshot(repos, buildIndexSnapshot(repos))).toBe(true)
      expect(storedStamp()!.generation).toBe(before.current)
    } finally {
      db.close()
    }
  })

  it.each([
    ['a byte that breaks the JSON', (json: string) => Math.floor(json.length * 0.71), '#'],
    ['a digit changed in a posting', (json: string) => json.lastIndexOf(':1'), ':2'],
  ])('opens, lists, annotates and finds the right stories with %s', (_, at, replacement) => {
    const expected = ids(open[0].search('困难职工', { limit: 1000 }))
    open.splice(0).forEach((library) => library.close())
    const db = raw()
    const { json } = db.prepare('SELECT json FROM search_index').get() as { json: string }
    const offset = at(json)
    const damaged = json.slice(0, offset) + replacement + json.slice(offset + replacement.length)
    expect(damaged).not.toBe(json)
    db.prepare('UPDATE search_index SET json = ?').run(damaged)
    db.close()

    const library = openHere()
    const [first] = library.listStories()
    expect(library.getStory(first.id)!.body.length).toBeGreaterThan(0)
    library.createHighlight(first.id, { start: 0, end: 2, color: 'yellow' })
    expect(ids(library.search('困难职工', { limit: 1000 }))).toEqual(expected)
    expect(storedStamp()!.json).toBe(damaged)
    expect(problems.some((problem) => problem.includes('could not be loaded'))).toBe(true)

    expect(library.maintain()).toBe(true)
    const stamp = storedStamp()!
    expect(stamp.json).not.toBe(damaged)
    expect(stamp).toMatchObject({ version: SEARCH_INDEX_VERSION, generation: stamp.current })
    expect(ids(openHere().search('困难职工', { limit: 1000 }))).toEqual(expected)
  })
})

describe('index maintenance runs off the open path', () => {
  it('opens without reading the index and lets the host rebuild it later', () => {
    open.splice(0).forEach((library) => library.close())
    const db = raw()
    db.prepare('DELETE FROM search_index').run()
    db.close()
    const tasks: Array<() => void> = []
    const library = openHere({ scheduleMaintenance: (task) => void tasks.push(task) })
    expect(tasks).toHaveLength(1)
    const scanned = ids(library.search('劳模', { limit: 1000 }))
    expect(scanned.length).toBeGreaterThan(0)
    expect(storedStamp()).toBeNull()
    tasks.splice(0).forEach((task) => task())
    expect(storedStamp()).not.toBeNull()
    expect(ids(library.search('劳模', { limit: 1000 }))).toEqual(scanned)

    library.setTitle(library.listStories()[0].id, NEW_TITLE)
    expect(tasks).toHaveLength(1)
    library.close()
    // Work scheduled before closing does nothing afterwards.
    expect(() => tasks[0]()).not.toThrow()
  })
})
