import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import {
  corpusPages,
  corpusQueries,
  expectExact,
  expectIndexHoldsStoredText,
  random,
  storiesOf,
} from './searchCorpus'
import { tempDir } from './tempDir'

// A writer killed with SIGKILL at random moments, many times over (CRASH_KILLS, 50 by default;
// `CRASH_KILLS=500 npx vitest run tests/core/crashRecovery.test.ts` for a night's run): after
// each kill the library opens, is sound, holds every change the writer reported saved, holds
// each page whole or not at all, and search agrees with the stored stories.

const ROOT = resolve(import.meta.dirname, '../..')
const KILLS = Number(process.env.CRASH_KILLS ?? 50)

interface Entry {
  phase: 'intent' | 'done'
  op: string
  name?: string
  story?: string
  note?: string
  tag?: string
  token?: string
  title?: string
  storyIds?: string[]
}

let temp: ReturnType<typeof tempDir>
let dir: string
let pagesDir: string
let journal: string
// How many stories each page's text splits into, by its content hash.
const storiesByHash = new Map<string, number>()

const write = (folder: string, name: string, text: string): string => {
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, name), text)
  return join(folder, name)
}

beforeAll(() => {
  temp = tempDir('crash')
  dir = join(temp.dir, 'library')
  pagesDir = join(temp.dir, 'pages')
  journal = join(temp.dir, 'journal.ndjson')
  const pages = corpusPages(random(7), 4 + 8 + 3 * 3)
  const stable = pages
    .slice(0, 4)
    .map((text, i) => write(join(pagesDir, 'stable'), `stable-${i}.txt`, text))
  pages.slice(4, 12).forEach((text, i) => write(join(pagesDir, 'new'), `new-${i}.txt`, text))
  const churn = [0, 1, 2].map((k) => {
    for (let v = 0; v < 3; v++)
      write(join(pagesDir, 'variants'), `churn-${k}.v${v}.txt`, pages[12 + k * 3 + v])
    return write(join(pagesDir, 'churn'), `churn-${k}.txt`, pages[12 + k * 3])
  })
  // What each page splits into, measured on a scratch library.
  const scratch = openLibrary(join(temp.dir, 'scratch'))
  scratch.importPaths([join(pagesDir, 'new'), join(pagesDir, 'variants')])
  for (const source of scratch.listSources())
    storiesByHash.set(source.contentHash, source.storyCount)
  scratch.close()

  const library = openLibrary(dir)
  library.importPaths([...stable, ...churn])
  library.close()
})
afterAll(() => temp.remove())

// Starts the writer, waits until it has done some work, then kills it at a random moment.
const runAndKill = async (seed: number, next: () => number): Promise<void> => {
  const child = spawn(
    process.execPath,
    ['bin/run-ts.mjs', 'tests/core/fixtures/crashWriter.ts', dir, pagesDir, journal, String(seed)],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<NodeJS.Signals | number | null>((done) =>
    child.once('exit', (code, signal) => done(signal ?? code)),
  )
  const started = Date.now()
  const journalSize = () => (existsSync(journal) ? readFileSync(journal).length : 0)
  const before = journalSize()
  while (journalSize() === before && child.exitCode === null && Date.now() - started < 30_000) {
    await new Promise((tick) => setTimeout(tick, 20))
  }
  await new Promise((tick) => setTimeout(tick, Math.floor(next() * 400)))
  child.kill('SIGKILL')
  const end = await exited
  expect(end, `the writer ended on its own: ${stderr}`).toBe('SIGKILL')
}

const entries = (): Entry[] =>
  readFileSync(journal, 'utf8')
    .split('\n')
    // A line cut by the kill is not a record.
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Entry]
      } catch {
        return []
      }
    })

// The value an overwritten thing may hold: the last one done, or one begun after it.
const allowedLast = <T>(log: Entry[], of: (entry: Entry) => T | undefined): T[] => {
  const values = log
    .map((entry) => ({ entry, value: of(entry) }))
    .filter((e) => e.value !== undefined)
  const lastDone = values.map((e) => e.entry.phase).lastIndexOf('done')
  return values.slice(Math.max(0, lastDone)).map((e) => e.value as T)
}

const verify = (library: Library, next: () => number): void => {
  const db = new BetterSqlite3(join(dir, LIBRARY_FILE), { readonly: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
  } finally {
    db.close()
  }
  const log = entries()
  const done = log.filter((entry) => entry.phase === 'done')
  const sources = library.listSources()
  const notes = new Set(library.listHighlights({}).map((highlight) => highlight.note))
  const tags = new Set(library.listTags().map((tag) => tag.name))
  for (const entry of done) {
    if (entry.op === 'import') {
      expect(sources.some((source) => source.path?.endsWith(`/new/${entry.name}`))).toBe(true)
    } else if (entry.op === 'highlight') expect(notes.has(entry.note!)).toBe(true)
    else if (entry.op === 'tag') expect(tags.has(entry.tag!)).toBe(true)
    else if (entry.op === 'note') {
      expect(library.getNote(entry.story as never)?.markdown).toContain(entry.token)
    }
  }
  for (const story of new Set(log.filter((e) => e.op === 'title').map((e) => e.story!))) {
    const titles = allowedLast(log, (e) =>
      e.op === 'title' && e.story === story ? e.title : undefined,
    )
    expect(titles).toContain(library.getStory(story as never)!.title)
  }
  const orders = allowedLast(log, (e) => (e.op === 'order' ? e.storyIds!.join() : undefined))
  if (orders.length > 0) {
    const [collection] = library.listCollections()
    const held = library.listStories({ collectionId: collection.id }).map((s) => s.id)
    expect(orders).toContain(held.slice(0, 6).join())
  }
  // Each page whole or not at all: every page that changes holds all the stories its text has.
  for (const source of sources.filter((s) => !s.path?.includes('/stable/'))) {
    expect(source.storyCount, source.name).toBe(storiesByHash.get(source.contentHash))
  }
  expectExact(library, corpusQueries(next, storiesOf(library), 12))
}

describe('a writer killed at random moments', () => {
  it(`loses nothing it reported saved, ${KILLS} kills over`, { timeout: 900_000 }, async () => {
    const next = random(2026)
    for (let kill = 0; kill < KILLS; kill++) {
      await runAndKill(1000 + kill, next)
      const library = openLibrary(dir)
      try {
        verify(library, next)
      } finally {
        library.close()
      }
    }
    const log = entries()
    const count = (phase: Entry['phase']) => log.filter((entry) => entry.phase === phase).length
    // Most kills land inside a change (begun, not reported saved), the rest between two.
    console.log(
      `${KILLS} kills: ${count('done')} changes saved, ${count('intent') - count('done')} cut short`,
    )
    expect(count('done')).toBeGreaterThan(KILLS)
    // In the end the index, rebuilt from whatever the kills left, holds exactly the stored text.
    const library = openLibrary(dir)
    try {
      while (!library.maintain()) {
        // Index in steps until the queue is empty.
      }
    } finally {
      library.close()
    }
    expectIndexHoldsStoredText(dir)
  })
})
