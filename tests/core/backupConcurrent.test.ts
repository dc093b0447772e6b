import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { SEED_DIR, tempDir } from './tempDir'

const ROOT = resolve(import.meta.dirname, '../..')
// The writer of the concurrency test: tags, highlights and collects stories in a loop, each
// write its own transaction, in that order every round.
const WRITER = join(import.meta.dirname, 'fixtures/writers/concurrentWriter.ts')
const WRITERS = ['w0', 'w1']
const ROUNDS = 150

interface Writer {
  ready: Promise<void>
  isDone: () => boolean
  done: Promise<{ failures: string[] }>
  go: () => void
}

// Another process, as the app is beside the CLI: its own connection to the same file.
const startWriter = (dir: string, name: string): Writer => {
  const child = spawn(process.execPath, ['bin/run-ts.mjs', WRITER, dir, name, String(ROUNDS)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  let isDone = false
  let onReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => (onReady = resolve))
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    if (stdout.startsWith('ready\n')) onReady()
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<{ failures: string[] }>((resolve, reject) =>
    child.on('close', (code) => {
      isDone = true
      if (code !== 0) reject(new Error(`writer ${name} exited ${code}: ${stderr}`))
      else resolve(JSON.parse(stdout.slice('ready\n'.length)) as { failures: string[] })
    }),
  )
  return { ready, done, isDone: () => isDone, go: () => child.stdin.end('go\n') }
}

const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5))

/** What a writer had written in a library: the rounds of its tags, highlights and collections. */
const roundsOf = (library: Library, writer: string) => {
  const rounds = (names: string[], pattern: RegExp) =>
    names
      .map((name) => pattern.exec(name)?.[1])
      .filter((round) => round !== undefined)
      .map(Number)
      .sort((a, b) => a - b)
  return {
    tags: rounds(
      library.listTags().map((tag) => tag.name),
      new RegExp(`^${writer}-tag-(\\d+)$`),
    ),
    highlights: rounds(
      library.listHighlights().map((highlight) => highlight.note),
      new RegExp(`^${writer}-(\\d+)$`),
    ),
    collections: rounds(
      library.listCollections().map((collection) => collection.name),
      new RegExp(`^${writer}-collection-(\\d+)$`),
    ),
  }
}

const upTo = (count: number): number[] => Array.from({ length: count }, (_, round) => round)

let temp: ReturnType<typeof tempDir>
beforeEach(() => {
  temp = tempDir('backup-concurrent')
})
afterEach(() => temp.remove())

describe('a backup taken while another process writes', () => {
  it('restores to an intact library holding every write up to one moment', async () => {
    const dir = join(temp.dir, 'library')
    const library = openLibrary(dir)
    library.importPaths([SEED_DIR])
    const writers = WRITERS.map((name) => startWriter(dir, name))
    await Promise.all(writers.map((writer) => writer.ready))
    for (const writer of writers) writer.go()
    const backups: string[] = []
    try {
      // Back up over and over while the writers run (each backup blocks this thread, as the
      // CLI would), yielding between backups so the writers' ends are noticed.
      while (!writers.every((writer) => writer.isDone()) || backups.length < 3) {
        backups.push(library.backup(join(temp.dir, `b${backups.length}.inkstone-backup`)).path)
        await turn()
      }
      const results = await Promise.all(writers.map((writer) => writer.done))
      expect(results.flatMap((result) => result.failures)).toEqual([])
      backups.push(library.backup(join(temp.dir, 'last.inkstone-backup')).path)
    } finally {
      library.close()
    }

    let sawPartial = false
    for (const [index, backup] of backups.entries()) {
      const restored = openLibrary(join(temp.dir, `restored${index}`))
      try {
        restored.restore(backup, 'replace')
        const db = new BetterSqlite3(join(restored.dir, LIBRARY_FILE), { readonly: true })
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
        expect(db.pragma('foreign_key_check')).toEqual([])
        db.close()
        for (const writer of WRITERS) {
          // One snapshot: each writer's rounds so far, none missing, in the order it wrote them.
          const { tags, highlights, collections } = roundsOf(restored, writer)
          expect(tags).toEqual(upTo(tags.length))
          expect(highlights).toEqual(upTo(highlights.length))
          expect(collections).toEqual(upTo(collections.length))
          expect(tags.length - highlights.length).toBeGreaterThanOrEqual(0)
          expect(tags.length - highlights.length).toBeLessThanOrEqual(1)
          expect(highlights.length - collections.length).toBeGreaterThanOrEqual(0)
          expect(highlights.length - collections.length).toBeLessThanOrEqual(1)
          if (tags.length > 0 && tags.length < ROUNDS) sawPartial = true
          if (index === backups.length - 1) expect(collections).toEqual(upTo(ROUNDS))
        }
      } finally {
        restored.close()
      }
    }
    // At least one backup was taken in the middle of the writing.
    expect(sawPartial).toBe(true)
  }, 120000)
})
