import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import { SEED_DIR, tempDir } from './tempDir'

const ROOT = resolve(import.meta.dirname, '../..')
const WRITER = join(import.meta.dirname, 'fixtures/writers/concurrentWriter.ts')
const WRITERS = 4
const ROUNDS = 120

interface Writer {
  ready: Promise<void>
  done: Promise<{ failures: string[] }>
  go: () => void
}

// A separate process per writer, as the app and the CLI are: each has its own connection.
const startWriter = (dir: string, name: string): Writer => {
  const child = spawn(process.execPath, ['bin/run-ts.mjs', WRITER, dir, name, String(ROUNDS)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  let onReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => (onReady = resolve))
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    if (stdout.startsWith('ready\n')) onReady()
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<{ failures: string[] }>((resolve, reject) =>
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`writer ${name} exited ${code}: ${stderr}`))
      else resolve(JSON.parse(stdout.slice('ready\n'.length)) as { failures: string[] })
    }),
  )
  return { ready, done, go: () => child.stdin.end('go\n') }
}

describe('several processes writing to one library at once', () => {
  let temp: ReturnType<typeof tempDir>
  let dir: string
  beforeEach(() => {
    temp = tempDir('writers')
    dir = join(temp.dir, 'library')
    const library = openLibrary(dir)
    library.importPaths([SEED_DIR])
    library.close()
  })
  afterEach(() => temp.remove())

  it('wait for each other (busy timeout) instead of failing, and lose no write', async () => {
    const names = Array.from({ length: WRITERS }, (_, index) => `w${index}`)
    const writers = names.map((name) => startWriter(dir, name))
    await Promise.all(writers.map((writer) => writer.ready))
    for (const writer of writers) writer.go()
    const results = await Promise.all(writers.map((writer) => writer.done))

    const failures = results.flatMap((result) => result.failures)
    expect({ count: failures.length, first: failures[0] }).toEqual({ count: 0, first: undefined })
    const library = openLibrary(dir)
    try {
      const tags = new Set(library.listTags().map((tag) => tag.name))
      const collections = new Map(library.listCollections().map((c) => [c.name, c.storyCount]))
      const notes = new Set(library.listHighlights({}).map((highlight) => highlight.note))
      for (const name of names) {
        for (let round = 0; round < ROUNDS; round++) {
          expect(tags.has(`${name}-tag-${round}`)).toBe(true)
          expect(collections.get(`${name}-collection-${round}`)).toBe(1)
          expect(notes.has(`${name}-${round}`)).toBe(true)
        }
      }
    } finally {
      library.close()
    }
  }, 120000)
})
