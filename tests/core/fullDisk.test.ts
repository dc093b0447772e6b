import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import type { ImportReport } from '../../src/shared/types'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createRepos } from '../../src/main/core/db/createRepos'
import { openDatabase } from '../../src/main/core/db/openDatabase'
import { collectFiles } from '../../src/main/core/import/collectFiles'
import { importBatch } from '../../src/main/core/import/importBatch'
import { readDocument } from '../../src/main/core/import/readDocument'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import { searchIndexStore } from '../../src/main/core/library/searchIndexStore'
import { parseQuery } from '../../src/main/core/search/parseQuery'
import type { Library } from '../../src/main/core/library/types'
import { runCliIn } from './cliHarness'
import { tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
const problems: string[] = []
const log = (message: string) => void problems.push(message)

// Prose-like: a small alphabet keeps the number of distinct bigrams (index terms) realistic.
const ALPHABET = '工会职工疗休养困难帮扶资金劳模协会市总组织活动开展服务群众建设发展企业单位干部'

/** `count` pages of about `size` characters each, of varied CJK text, each with its own word. */
const writePages = (dir: string, count: number, size: number): void => {
  mkdirSync(dir, { recursive: true })
  let seed = 7
  const char = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return ALPHABET[seed % ALPHABET.length]
  }
  for (let page = 0; page < count; page++) {
    const paragraphs = [`第${page}篇`, `本报讯 pageword${page}x 的报道。`]
    for (let length = 0; length < size; length += 60) {
      paragraphs.push(`${Array.from({ length: 59 }, char).join('')}。`)
    }
    writeFileSync(join(dir, `page${String(page).padStart(2, '0')}.txt`), paragraphs.join('\n\n'))
  }
}

/** Checks that what the report says was committed is exactly what the library holds. */
const expectReportMatchesLibrary = (report: ImportReport, library: Library, pageCount: number) => {
  expect(report.files).toBeGreaterThan(0)
  expect(report.skipped.length).toBeGreaterThan(0)
  expect(report.files + report.skipped.length).toBe(pageCount)
  for (const skipped of report.skipped) {
    expect(skipped.reason).toEqual({
      code: 'failed',
      params: { message: expect.stringMatching(/full/) },
    })
  }
  const names = library.listSources().map((source) => source.name)
  expect(names).toHaveLength(report.files)
  for (const skipped of report.skipped) expect(names).not.toContain(skipped.path.split('/').pop())
}

beforeEach(() => {
  temp = tempDir('full-disk')
  problems.length = 0
})
afterEach(() => temp.remove())

/**
 * A new library, 12 pages of 20,000 characters to import, and the library's own import and
 * index code on a connection that may not grow past ~400 KB.
 */
const nearlyFullLibrary = (headroomPages = 100) => {
  const libraryDir = join(temp.dir, 'library')
  openLibrary(libraryDir).close()
  const pagesDir = join(temp.dir, 'pages')
  writePages(pagesDir, 12, 20_000)
  const db = openDatabase(join(libraryDir, LIBRARY_FILE))
  const repos = createRepos(db)
  db.pragma(
    `max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + headroomPages}`,
  )
  return { libraryDir, pagesDir, db, repos }
}

describe('a full disk, simulated with PRAGMA max_page_count', () => {
  it('reports what an import committed, and the library still opens, lists and searches', () => {
    const { libraryDir, pagesDir, db, repos } = nearlyFullLibrary()
    try {
      const pending = collectFiles([pagesDir]).files.map(({ path, format }) => ({
        path,
        read: () => readDocument(path, format),
      }))
      const { report } = importBatch({ repos, now: () => new Date() }, pending, { skipped: [] })
      // A page that did not fit left nothing behind, not even a queued story; the committed
      // ones wait in the queue, which cannot be indexed on a full disk: that is logged, never
      // thrown, and search reads the queued stories' text instead.
      const index = searchIndexStore(repos, { log })
      expect(repos.searchIndex.pendingCount()).toBe(repos.stories.list().length)
      expect(index.maintain()).toBe(false)
      expect(problems).toEqual([expect.stringMatching(/could not be built/)])
      const committed = new Set(repos.sources.list().map((source) => source.name))
      for (let page = 0; page < 12; page++) {
        const name = `page${String(page).padStart(2, '0')}.txt`
        const { total, hits } = index.search(parseQuery(`pageword${page}x`))
        expect({ name, total, sources: hits.map((hit) => hit.source) }).toEqual(
          committed.has(name)
            ? { name, total: 1, sources: [name] }
            : { name, total: 0, sources: [] },
        )
      }

      const before = db.pragma('data_version', { simple: true })
      const library = openLibrary(libraryDir, { log })
      try {
        expectReportMatchesLibrary(report, library, 12)
        const [story] = library.listStories()
        expect(library.getStory(story.id)!.body.length).toBeGreaterThan(0)
        expect(library.search('pageword0x').map((hit) => hit.source)).toEqual(['page00.txt'])
        // Opening, listing, showing and searching wrote nothing.
        expect(db.pragma('data_version', { simple: true })).toBe(before)
      } finally {
        library.close()
      }
    } finally {
      db.close()
    }
  })
})

describe('a full disk while import threads store pages in chunks', () => {
  it('pages the disk cannot hold fail (alone, or with their chunk when SQLite rolls it back); the report says what was committed', () => {
    // Less room than above: the index written with each chunk is smaller than the pages.
    const { libraryDir, pagesDir, db, repos } = nearlyFullLibrary(60)
    try {
      // Chunks of four pages, each chunk one transaction, indexed as stored (an import thread).
      const pending = collectFiles([pagesDir]).files.map(({ path, format }, at) => ({
        path,
        order: Math.floor(at / 4),
        read: () => readDocument(path, format),
      }))
      const context = { repos, now: () => new Date(), isIndexedNow: true }
      const { report } = importBatch(context, pending, { skipped: [] })
      expect(report.skipped.length).toBeGreaterThan(0)
      expect(repos.searchIndex.pendingCount()).toBe(0)
      const library = openLibrary(libraryDir, { log })
      try {
        expectReportMatchesLibrary(report, library, 12)
      } finally {
        library.close()
      }
    } finally {
      db.close()
    }
  })
})

describe('a full disk, a real 3 MB tmpfs', () => {
  let mountDir = ''
  let whyNot: string | null = null
  beforeAll(() => {
    mountDir = mkdtempSync(join(tmpdir(), 'inkstone-tmpfs-'))
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountDir], { stdio: 'pipe' })
    } catch (error) {
      whyNot = `cannot mount a 3 MB tmpfs here (needs root): ${String(error).split('\n')[0]}`
    }
  })
  afterAll(() => {
    if (whyNot === null) {
      // Lazily if a failed test left the library open: the mount must not outlive the run.
      try {
        execFileSync('umount', [mountDir], { stdio: 'pipe' })
      } catch {
        execFileSync('umount', ['-l', mountDir], { stdio: 'pipe' })
      }
    }
    rmSync(mountDir, { recursive: true, force: true })
  })

  it('reports what an import committed; then every reading command still works', (context) => {
    if (whyNot !== null) context.skip(whyNot)
    const libraryDir = join(mountDir, 'library')
    const pagesDir = join(temp.dir, 'pages')
    writePages(pagesDir, 20, 30_000)
    let library = openLibrary(libraryDir, { log })
    try {
      const report = library.importPaths([pagesDir])
      expectReportMatchesLibrary(report, library, 20)
    } finally {
      library.close()
    }

    library = openLibrary(libraryDir, { log })
    try {
      const stories = library.listStories()
      expect(stories.length).toBeGreaterThan(0)
      expect(library.getStory(stories[0].id)!.body.length).toBeGreaterThan(0)
      expect(library.search('pageword0x').map((hit) => hit.source)).toEqual(['page00.txt'])
      expect(() => library.maintain()).not.toThrow()
      expect(library.search('pageword1x').map((hit) => hit.source)).toEqual(['page01.txt'])
    } finally {
      library.close()
    }
    const cli = (...argv: string[]) => runCliIn(temp.dir, [...argv, '--library', libraryDir])
    for (const argv of [
      ['stories'],
      ['sources'],
      ['show', stories0(libraryDir)],
      ['search', '第0篇'],
    ]) {
      const run = cli(...argv)
      expect({ argv, code: run.code, stderr: run.stderr }).toEqual({ argv, code: 0, stderr: '' })
    }
    expect(readdirSync(libraryDir)).toContain(LIBRARY_FILE)
  })
})

/** The id of the library's first story, read through a library of its own. */
const stories0 = (libraryDir: string): string => {
  const library = openLibrary(libraryDir, { log })
  try {
    return library.listStories()[0].id
  } finally {
    library.close()
  }
}
