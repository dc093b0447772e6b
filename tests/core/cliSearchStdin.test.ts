import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SearchHit } from '../../src/shared/types'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import { runCliIn } from './cliHarness'
import { tempDir } from './tempDir'

const ROOT = resolve(import.meta.dirname, '../..')
let temp: ReturnType<typeof tempDir>
let libraryDir: string

beforeEach(() => {
  temp = tempDir('cli-stdin', true)
  libraryDir = join(temp.dir, 'library')
  const library = openLibrary(libraryDir, { log: () => {} })
  library.importPaths([temp.seeds])
  library.close()
})
afterEach(() => temp.remove())

describe('inkstone search --stdin --json', () => {
  it('answers one query a line with one JSON array a line, the same objects as search --json', () => {
    const queries = ['疗休养', '', '没有这样的词语组合', '工会 -困难']
    const run = runCliIn(
      temp.dir,
      ['search', '--stdin', '--json', '--limit', '3', '--library', libraryDir],
      queries,
    )
    expect(run.code).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(queries.length)
    const answers = lines.map((line) => JSON.parse(line) as SearchHit[])
    const single = JSON.parse(
      runCliIn(temp.dir, ['search', '疗休养', '--json', '--limit', '3', '--library', libraryDir])
        .stdout,
    )
    // The same stories and fields (scores may differ: the first run scanned, then built the index).
    const ids = (hits: SearchHit[]) => hits.map((hit) => hit.id).sort()
    expect(ids(answers[0])).toEqual(ids(single))
    expect(Object.keys(answers[0][0]).sort()).toEqual(Object.keys(single[0]).sort())
    expect(answers[1]).toEqual([])
    expect(answers[2]).toEqual([])
    expect(answers[3].length).toBeGreaterThan(0)
    expect(answers[3].length).toBeLessThanOrEqual(3)
  })

  it('answers each query as it arrives, so a script can wait for one before sending the next', async () => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/inkstone.mjs'), 'search', '--stdin', '--json', '--library', libraryDir],
      { cwd: ROOT, env: { ...process.env, XDG_CONFIG_HOME: join(temp.dir, 'config') } },
    )
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
    const ask = async (query: string): Promise<SearchHit[]> => {
      child.stdin.write(`${query}\n`)
      const { value } = await lines.next()
      return JSON.parse(value as string) as SearchHit[]
    }
    expect((await ask('疗休养')).length).toBeGreaterThan(0)
    // Asked only once the first answer came back: the process answered while stdin stayed open.
    expect((await ask('劳模')).length).toBeGreaterThan(0)
    child.stdin.end()
    const code = await new Promise<number | null>((done) => child.on('close', done))
    expect(code).toBe(0)
  })
})
