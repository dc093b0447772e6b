import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCliIn } from './cliHarness'
import { SEED_DIR, tempDir } from './tempDir'

const BIN = resolve(import.meta.dirname, '../../bin/inkstone.mjs')

let temp: ReturnType<typeof tempDir>
let library: string
beforeEach(() => {
  temp = tempDir('cli')
  library = join(temp.dir, 'library')
})
afterEach(() => temp.remove())

/** Runs the CLI in this process (fast); the spawn test below covers the real executable. */
const cli = (...argv: string[]) => runCliIn(temp.dir, argv)
const json = <T>(...argv: string[]): T =>
  JSON.parse(cli(...argv, '--library', library, '--json').stdout) as T

describe('inkstone CLI', () => {
  it('prints usage for help, --help and no command', () => {
    for (const argv of [[], ['help'], ['--help']]) {
      const { code, stdout } = cli(...argv)
      expect(code).toBe(0)
      expect(stdout).toMatch(/^Usage: inkstone <command>/)
      expect(stdout).toMatch(/import .*\n.*stories/)
    }
    expect(cli('help', 'search').stdout).toMatch(/^Usage: inkstone search <query> \[--limit N\]/)
    expect(cli('show', '--help').stdout).toMatch(/^Usage: inkstone show <id>/)
  })

  it('answers a usage mistake with one line on stderr and exit code 2', () => {
    const cases = [
      [['frobnicate'], /unknown command "frobnicate"/],
      [['stories', '--bogus'], /Unknown option '--bogus'/],
      [['show'], /missing argument: <id>/],
      [['search', '工会', '--limit', 'ten'], /--limit needs a positive whole number/],
      [['import', SEED_DIR, '--encoding', 'klingon'], /unknown encoding "klingon"/],
      [['stories', 'extra'], /unexpected argument: extra/],
    ] as const
    for (const [argv, message] of cases) {
      const result = cli(...argv, '--library', library)
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^inkstone: .*\n$/)
      expect(result.stderr).toMatch(message)
    }
  })

  it('imports, lists, shows and searches', () => {
    const report = json<{ files: number; stories: number; skipped: unknown[] }>('import', SEED_DIR)
    expect(report).toMatchObject({ files: 5, skipped: [] })

    const human = cli('import', SEED_DIR, '--library', library)
    expect(human.stdout).toMatch(
      /^Imported 5 files: \d+ stories \(0 added, 0 removed, \d+ unchanged\)\.\n$/,
    )

    const full = json<Array<Record<string, unknown>>>('stories', '--full')
    expect(full).toHaveLength(report.stories)
    expect(Object.keys(full[0]).sort()).toEqual(['body', 'byline', 'id', 'kind', 'source', 'title'])
    expect(full[0].source).toBe('000_a6102d58e25d08d6.txt')

    const lines = cli('stories', '--library', library, '--source', '001_a2a051d0fb4e3a2d.txt')
      .stdout.trim()
      .split('\n')
    expect(lines.length).toBeGreaterThan(0)
    expect(
      lines.every((line) =>
        /^[0-9a-z]{12} {2}001_a2a051d0fb4e3a2d\.txt {2}(article|photo)/.test(line),
      ),
    ).toBe(true)
    expect(cli('stories', '--library', library, '--source', 'nope.txt')).toMatchObject({ code: 1 })

    const shown = cli('show', String(full[0].id), '--library', library)
    expect(shown.stdout.startsWith(`${full[0].title}\n`)).toBe(true)
    expect(shown.stdout).toContain(`000_a6102d58e25d08d6.txt\n\n${full[0].body}`)

    const hits = json<Array<{ id: string; snippet: string; bodyMatches: Array<[number, number]> }>>(
      'search',
      '困难职工',
      '--limit',
      '2',
    )
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.length).toBeLessThanOrEqual(2)
    // --json carries where each story matched, in its cleaned body as `show` prints it.
    const body = full.find((story) => story.id === hits[0].id)!.body as string
    expect(hits[0].bodyMatches.map(([s, e]) => body.slice(s, e))).toContain('困难职工')
    expect(cli('search', '困难职工', '--library', library).stdout).toContain('【困难职工】')

    // A dash before a Chinese word is an exclusion, not an option.
    const excluded = json<Array<{ id: string }>>('search', '工会', '-困难')
    const all = json<Array<{ id: string }>>('search', '工会')
    expect(excluded.length).toBeGreaterThan(0)
    expect(excluded.length).toBeLessThan(all.length)

    const sources = cli('sources', '--library', library).stdout.trim().split('\n')
    expect(sources).toHaveLength(5)
  })

  it('refuses a missing file and an unknown id with exit code 1', () => {
    const missing = cli('import', join(temp.dir, 'nope.txt'), '--library', library)
    expect(missing).toEqual({
      code: 1,
      stdout: '',
      stderr: `inkstone: no such file or directory: ${join(temp.dir, 'nope.txt')}\n`,
    })
    const unknown = cli('show', 'nosuchstory0', '--library', library)
    expect(unknown).toEqual({
      code: 1,
      stdout: '',
      stderr: 'inkstone: no story with id "nosuchstory0" (see inkstone stories)\n',
    })
  })

  it('uses the app’s library folder when --library is not given', () => {
    cli('import', SEED_DIR)
    const sources = JSON.parse(cli('sources', '--json').stdout) as Array<{ name: string }>
    expect(sources).toHaveLength(5)
    expect(json<unknown[]>('sources')).toEqual([])
  })
})

describe('bin/inkstone.mjs', () => {
  const run = (...argv: string[]) => {
    const result = spawnSync(process.execPath, [BIN, ...argv, '--library', library], {
      encoding: 'utf8',
    })
    return { code: result.status, stdout: result.stdout, stderr: result.stderr }
  }

  it('runs end to end under node', () => {
    expect(run('import', SEED_DIR)).toMatchObject({ code: 0, stderr: '' })
    const stories = JSON.parse(run('stories', '--json', '--full').stdout) as Array<{
      id: string
      title: string
      body: string
    }>
    expect(stories.length).toBeGreaterThan(5)
    const hits = JSON.parse(run('search', '困难职工', '--json').stdout) as Array<
      Record<string, unknown>
    >
    expect(hits.length).toBeGreaterThan(0)
    expect(hits[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        title: expect.any(String),
        source: expect.any(String),
        score: expect.any(Number),
        snippet: expect.any(String),
      }),
    )
    const shown = run('show', stories[0].id)
    expect(shown.code).toBe(0)
    expect(shown.stdout).toContain(stories[0].title)
    const unknown = run('show', 'nosuchstory0')
    expect(unknown.code).toBe(1)
    expect(unknown.stdout).toBe('')
    expect(unknown.stderr.trim().split('\n')).toEqual([
      'inkstone: no story with id "nosuchstory0" (see inkstone stories)',
    ])
  })
})
