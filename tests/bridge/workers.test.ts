import { spawn } from 'node:child_process'
import { searchIndexRepo } from '../../src/main/core/db/searchIndexRepo'
import type { IndexTerm } from '../../src/main/core/text/ftsTokens'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import { importInWorkers, importUploadsInWorkers } from '../../src/main/workers/importInWorkers'
import { startIndexer } from '../../src/main/workers/startIndexer'
import { copyAsVersion4 } from '../core/oldLibrary'

const ROOT = resolve(import.meta.dirname, '../..')
const BUILT_WEB = join(ROOT, 'out/main/web.js')

// Pages of a few stories each: a headline, a blank line, a dateline paragraph.
const page = (index: number): string =>
  Array.from({ length: 4 }, (_, story) => {
    const words = `第${index}页第${story}篇`
    return `${words}工会简讯\n\n本报讯 ${words}，市总工会组织职工开展技能培训活动，参加培训的职工表示收获很大。\n`
  }).join('\n')

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-workers-'))
  mkdirSync(join(dir, 'pages'))
  for (let index = 0; index < 24; index++) {
    const name = `page-${String(index).padStart(2, '0')}.txt`
    writeFileSync(join(dir, 'pages', name), page(index))
  }
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const pendingCount = (libraryDir: string): number => {
  const db = new BetterSqlite3(join(libraryDir, LIBRARY_FILE), { readonly: true })
  try {
    return db.prepare('SELECT count(*) FROM search_pending').pluck().get() as number
  } finally {
    db.close()
  }
}

// Raw index queries (bigram phrases, one character, glue, a headline, the chars column, a
// rarer character's bigrams and run ends).
const text = (tokens: string[], isPrefix = false): IndexTerm => ({
  column: 'text',
  tokens,
  isPrefix,
})
const INDEX_PROBES: IndexTerm[] = [
  text(['市总', '总工', '工会']),
  text(['培训']),
  text(['工会', '会简', '简讯', '讯']),
  { column: 'chars', tokens: ['会'], isPrefix: false },
  text(['页'], true),
  text(['\uE000第7']),
  text(['很大']),
]

/** Stories an index term matches in a library's index. */
const ftsCount = (libraryDir: string, term: IndexTerm): number => {
  const db = new BetterSqlite3(join(libraryDir, LIBRARY_FILE), { readonly: true })
  try {
    return searchIndexRepo(db).count({ include: [term], exclude: [] })
  } finally {
    db.close()
  }
}

describe('import threads and the indexer thread', () => {
  it('import as one thread would, pages stored in listed order and indexed as they are stored', async () => {
    const one = openLibrary(join(dir, 'one'))
    const expected = one.importPaths([join(dir, 'pages')])
    const expectedTitles = one.listStories().map((story) => story.title)
    // This library's index is built from the queue, by the SQL functions over stored rows.
    expect(one.maintain()).toBe(true)
    one.close()

    const libraryDir = join(dir, 'threads')
    const indexer = startIndexer({ file: join(libraryDir, LIBRARY_FILE) })
    expect(indexer).not.toBeNull()
    const library = openLibrary(libraryDir, { requestIndexing: indexer!.request })
    try {
      const pages: string[] = []
      const report = await importInWorkers(library, [join(dir, 'pages')], {
        threads: 3,
        threadsFromBytes: 0,
        onProgress: (progress) => pages.push(progress.path),
      })
      expect(report).toEqual(expected)
      expect(pages).toHaveLength(24)
      expect(library.listStories().map((story) => story.title)).toEqual(expectedTitles)
      // The import threads indexed their own pages: nothing waits in the queue.
      expect(pendingCount(libraryDir)).toBe(0)
      expect(library.searchPage('第7页第2篇').total).toBe(1)
      // The indexer thread then merges the index's segments; answers stay the same.
      await indexer!.whenIdle()
      expect(pendingCount(libraryDir)).toBe(0)
      expect(library.searchPage('第7页第2篇').total).toBe(1)
      expect(library.searchPage('工会简讯').total).toBe(96)
      // Tokens made by the import threads index exactly what the queue's SQL functions do.
      for (const match of INDEX_PROBES) {
        const expected = ftsCount(join(dir, 'one'), match)
        expect(expected, JSON.stringify(match)).toBeGreaterThan(0)
        expect(ftsCount(libraryDir, match), JSON.stringify(match)).toBe(expected)
      }
    } finally {
      library.close()
      await indexer!.close()
    }
  })

  it('a bad page in a chunk fails alone; the pages stored with it are kept and indexed', async () => {
    // A binary file between good pages: it shares a chunk (one transaction) with them.
    writeFileSync(join(dir, 'pages', 'page-07b.txt'), Buffer.from([0, 1, 2, 0, 255, 0, 3, 0]))
    const libraryDir = join(dir, 'bad')
    const library = openLibrary(libraryDir)
    try {
      const report = await importInWorkers(library, [join(dir, 'pages')], {
        threads: 2,
        threadsFromBytes: 0,
      })
      expect(report.files).toBe(24)
      expect(report.skipped.map((skip) => skip.path)).toEqual([join(dir, 'pages', 'page-07b.txt')])
      expect(pendingCount(libraryDir)).toBe(0)
      expect(library.searchPage('工会简讯').total).toBe(96)
      expect(library.searchPage('第8页第0篇').total).toBe(1)
    } finally {
      library.close()
    }
  })

  it('uploads import on the threads as they would on this one, refusals included', async () => {
    const uploads = [
      ...Array.from({ length: 10 }, (_, index) => ({
        name: `上传-${index}.txt`,
        bytes: new TextEncoder().encode(page(index)),
      })),
      { name: 'picture.png', bytes: new Uint8Array([137, 80, 78, 71]) },
      { name: 'binary.txt', bytes: new Uint8Array([0, 1, 2, 0, 255]) },
      { name: '上传-3.txt', bytes: new TextEncoder().encode(page(3)) },
    ]
    const one = openLibrary(join(dir, 'one'))
    const expected = one.importUploads(uploads)
    const expectedTitles = one.listStories().map((story) => story.title)
    one.close()
    const libraryDir = join(dir, 'uploads')
    const library = openLibrary(libraryDir)
    try {
      // Small uploads stay on the calling thread unless told: these go to the threads.
      const report = await importUploadsInWorkers(library, uploads, {
        threads: 2,
        threadsFromBytes: 0,
      })
      expect(report).toEqual(expected)
      expect(report.skipped.map((skip) => skip.path)).toEqual(['picture.png', 'binary.txt'])
      expect(library.listStories().map((story) => story.title)).toEqual(expectedTitles)
      expect(pendingCount(libraryDir)).toBe(0)
      expect(library.searchPage('第9页第3篇').total).toBe(1)
    } finally {
      library.close()
    }
  })

  it.skipIf(!existsSync(BUILT_WEB))(
    'the built app finds its indexer thread and indexes an upgraded library',
    async () => {
      const source = join(dir, 'source')
      const library = openLibrary(source)
      library.importPaths([join(dir, 'pages')])
      library.close()
      const upgraded = join(dir, 'upgraded')
      mkdirSync(upgraded)
      copyAsVersion4(join(source, LIBRARY_FILE), join(upgraded, LIBRARY_FILE))
      const server = spawn(process.execPath, [BUILT_WEB, '--library', upgraded, '--port', '0'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      try {
        let output = ''
        await new Promise<void>((resolve, reject) => {
          server.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString()
            if (output.includes('Search index: kept')) resolve()
          })
          server.on('exit', (code) => reject(new Error(`web mode exited (${code})`)))
        })
        // Opening finds every story queued (the upgrade) and asks the indexer thread to work.
        const deadline = Date.now() + 30_000
        while (pendingCount(upgraded) > 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
        expect(output).toContain('kept on an indexer thread')
        expect(pendingCount(upgraded)).toBe(0)
      } finally {
        server.kill()
      }
    },
    40_000,
  )
})
