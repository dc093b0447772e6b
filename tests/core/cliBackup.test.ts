import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BackupSummary, RestoreReport } from '../../src/shared/exports'
import { runCliIn } from './cliHarness'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let library: string
let other: string
beforeEach(() => {
  temp = tempDir('cli-backup')
  library = join(temp.dir, 'library')
  other = join(temp.dir, 'other')
})
afterEach(() => temp.remove())

const cli = (...argv: string[]) => runCliIn(temp.dir, [...argv, '--library', library])
const json = <T>(...argv: string[]): T => JSON.parse(cli(...argv, '--json').stdout) as T
const onOther = (...argv: string[]) => runCliIn(temp.dir, [...argv, '--library', other])

describe('inkstone backup and restore', () => {
  it('backs up with --json, and restores with a dry run, a merge and a replace', () => {
    expect(cli('import', SEED_DIR).code).toBe(0)
    const [story] = json<Array<{ id: string }>>('stories')
    expect(cli('tag', story.id, '工会').code).toBe(0)
    const out = join(temp.dir, 'lib.inkstone-backup')
    const summary = json<BackupSummary>('backup', '--out', out)
    const stories = json<unknown[]>('stories').length
    expect(summary).toMatchObject({ path: out, stories, highlights: 0 })
    expect(summary.bytes).toBeGreaterThan(0)

    const dry = JSON.parse(onOther('restore', out, '--dry-run', '--json').stdout) as RestoreReport
    expect(dry).toMatchObject({
      mode: 'dryRun',
      pages: { added: 5 },
      stories: { added: stories },
      tags: { added: 1 },
      safetyBackup: null,
    })
    expect(JSON.parse(onOther('stories', '--json').stdout)).toEqual([])

    const merged = onOther('restore', out)
    expect(merged.code).toBe(0)
    expect(merged.stdout).toBe(
      [
        'Merged the backup into the library:',
        '',
        '             added  updated  kept',
        'pages            5        0     0',
        `stories         ${String(stories).padStart(2)}        0     0`,
        'highlights       0        0     0',
        'notes            0        0     0',
        'tags             1        0     0',
        'collections      0        0     0',
        '',
      ].join('\n'),
    )
    expect(JSON.parse(onOther('tags', '--json').stdout)).toMatchObject([{ name: '工会' }])

    const replaced = JSON.parse(
      onOther('restore', out, '--replace', '--json').stdout,
    ) as RestoreReport
    expect(replaced.mode).toBe('replace')
    expect(existsSync(replaced.safetyBackup!)).toBe(true)
    const human = onOther('restore', out, '--replace').stdout
    expect(human).toMatch(/^Replaced the library with the backup:\n/)
    expect(human).toContain('The library as it was is kept in ')
  })

  it('says in a sentence what it backed up', () => {
    expect(cli('import', SEED_DIR).code).toBe(0)
    const out = join(temp.dir, 'lib.inkstone-backup')
    const run = cli('backup', '--out', out)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toMatch(
      new RegExp(`^Backed up \\d+ stories and 0 highlights to ${out} \\(\\d+ KB\\)\\.\\n$`),
    )
  })

  it('refuses what it cannot do, in one line, changing nothing', () => {
    expect(cli('import', SEED_DIR).code).toBe(0)
    expect(cli('backup')).toMatchObject({
      code: 2,
      stderr: 'inkstone: missing option: --out FILE\n',
    })
    const text = join(temp.dir, 'notes.txt')
    writeFileSync(text, 'not a backup')
    expect(cli('restore', text)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `inkstone: cannot restore ${text}: it is not an Inkstone backup (not an SQLite database)\n`,
    })
    expect(cli('restore', text, '--dry-run', '--replace')).toMatchObject({
      code: 2,
      stderr: 'inkstone: --dry-run and --replace cannot go together\n',
    })
    expect(cli('restore')).toMatchObject({
      code: 2,
      stderr: 'inkstone: missing argument: <file>\n',
    })
    expect(cli('restore', join(temp.dir, 'nope')).stderr).toMatch(/no such file/)
    expect(json<unknown[]>('stories').length).toBeGreaterThan(0)
  })
})
