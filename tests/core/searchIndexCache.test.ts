import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StoryId } from '../../src/shared/ids'
import type { SearchHit } from '../../src/shared/types'
import {
  LIBRARY_FILE,
  openLibrary,
  type LibraryDeps,
} from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { bruteSearch } from './bruteSearch'
import { pendingCount } from './indexContents'
import { copyAsVersion4 } from './oldLibrary'
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
const pending = () => pendingCount(join(libraryDir, LIBRARY_FILE))

const ids = (hits: SearchHit[]): string[] => hits.map((hit) => hit.id).sort()
const isFound = (library: Library, query: string, id: StoryId): boolean =>
  library.search(query, { limit: 1000 }).some((hit) => hit.id === id)
const expected = (library: Library, query: string): string[] =>
  bruteSearch(
    library.listStories().map((summary) => library.getStory(summary.id)!),
    query,
  )

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

describe('the search index is written with the stories, so it is never stale', () => {
  it('finds a headline a raw writer changed, at once, and indexes it later', () => {
    const story = retitledStory(open[0])
    const db = raw()
    // Another program, without Inkstone's code: the triggers queue the story all the same.
    db.prepare('UPDATE stories SET title = ? WHERE id = ?').run(NEW_TITLE, story.id)
    db.close()
    expect(pending()).toBe(1)
    for (const library of [open[0], openHere()]) {
      expect(isFound(library, NEW_TITLE, story.id)).toBe(true)
      expect(isFound(library, story.title, story.id)).toBe(false)
    }
    expect(open[0].maintain()).toBe(true)
    expect(pending()).toBe(0)
    expect(isFound(open[0], NEW_TITLE, story.id)).toBe(true)
    expect(isFound(open[0], story.title, story.id)).toBe(false)
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

  it('finds a correction made through a second library, in both', () => {
    const first = open[0]
    const story = retitledStory(first)
    first.setTitle(story.id, NEW_TITLE)
    expect(isFound(first, NEW_TITLE, story.id)).toBe(true)
    const second = openHere()
    expect(isFound(second, NEW_TITLE, story.id)).toBe(true)
    expect(isFound(second, story.title, story.id)).toBe(false)
  })

  it('finds both an import in one library and a headline edit in another, everywhere', () => {
    const [a] = open
    const b = openHere()
    const story = retitledStory(b)
    // Both have searched before the two writes interleave.
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
    expect(pending()).toBe(0)
  })

  it('opens, lists, annotates and finds the right stories with a damaged index', () => {
    const expectedIds = ids(open[0].search('困难职工', { limit: 1000 }))
    open.splice(0).forEach((library) => library.close())
    const db = raw()
    db.unsafeMode(true)
    db.prepare('UPDATE search_blocks SET data = randomblob(length(data))').run()
    db.close()

    const library = openHere()
    const [first] = library.listStories()
    expect(library.getStory(first.id)!.body.length).toBeGreaterThan(0)
    library.createHighlight(first.id, { start: 0, end: 2, color: 'yellow' })
    expect(ids(library.search('困难职工', { limit: 1000 }))).toEqual(expectedIds)
    expect(problems.some((problem) => problem.includes('failed'))).toBe(true)
    // Emptied and queued again; scanned meanwhile, whatever is asked.
    expect(pending()).toBeGreaterThan(0)
    expect(ids(library.search('劳模', { limit: 1000 }))).toEqual(expected(library, '劳模'))

    expect(library.maintain()).toBe(true)
    expect(pending()).toBe(0)
    expect(ids(openHere().search('困难职工', { limit: 1000 }))).toEqual(expectedIds)
  })
})

describe('index maintenance runs off the open path', () => {
  // An upgraded library: its stories predate the index, which is built afterwards.
  const upgraded = (): string => {
    open.splice(0).forEach((library) => library.close())
    const dir = join(temp.dir, `upgraded${open.length}${Math.random()}`)
    mkdirSync(dir)
    copyAsVersion4(join(libraryDir, LIBRARY_FILE), join(dir, LIBRARY_FILE))
    return dir
  }

  it('opens without building the index and lets the host build it later', () => {
    libraryDir = upgraded()
    const tasks: Array<() => void> = []
    const library = openHere({ scheduleMaintenance: (task) => void tasks.push(task) })
    expect(tasks).toHaveLength(1)
    const scanned = ids(library.search('劳模', { limit: 1000 }))
    expect(scanned).toEqual(expected(library, '劳模'))
    expect(pending()).toBeGreaterThan(0)
    tasks.splice(0).forEach((task) => task())
    expect(pending()).toBe(0)
    expect(ids(library.search('劳模', { limit: 1000 }))).toEqual(scanned)

    // A write is found at once and queued for the host to index.
    const [first] = library.listStories()
    library.setTitle(first.id, NEW_TITLE)
    expect(isFound(library, NEW_TITLE, first.id)).toBe(true)
    expect(pending()).toBe(1)
    expect(tasks).toHaveLength(1)
    tasks.splice(0).forEach((task) => task())
    expect(pending()).toBe(0)
    expect(isFound(library, NEW_TITLE, first.id)).toBe(true)
  })

  it('does nothing with work scheduled before the library was closed', () => {
    libraryDir = upgraded()
    const tasks: Array<() => void> = []
    const library = openHere({ scheduleMaintenance: (task) => void tasks.push(task) })
    const waiting = pending()
    expect(waiting).toBeGreaterThan(0)
    library.close()
    open.splice(open.indexOf(library), 1)
    expect(tasks).toHaveLength(1)
    expect(() => tasks[0]()).not.toThrow()
    expect(pending()).toBe(waiting)
  })
})
