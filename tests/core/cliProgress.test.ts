import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCliIn } from './cliHarness'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let library: string
beforeEach(() => {
  temp = tempDir('cli-progress')
  library = join(temp.dir, 'library')
})
afterEach(() => temp.remove())

const CLEAR_LINE = '\r\u001b[K'

describe('progress of long CLI commands', () => {
  it('redraws one line on a terminal’s stderr while importing, and erases it at the end', () => {
    const run = runCliIn(temp.dir, ['import', SEED_DIR, '--library', library], [], {
      isStderrTTY: true,
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Imported 5 files: /)
    const draws = run.stderr.split(CLEAR_LINE).filter((text) => text !== '')
    // The last page is always drawn, whatever the redraw throttle skipped before it.
    expect(draws.at(-1)).toBe('Importing: 5 of 5 pages (100 %)')
    for (const draw of draws) expect(draw).toMatch(/^Importing: [1-5] of 5 pages \(\d+ %\)$/)
    expect(run.stderr.endsWith(CLEAR_LINE)).toBe(true)
  })

  it('says nothing on stderr when it is not a terminal, and none of it reaches stdout', () => {
    const run = runCliIn(temp.dir, ['import', SEED_DIR, '--library', library, '--json'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 5 })
  })

  it('shows re-splitting the same way', () => {
    runCliIn(temp.dir, ['import', SEED_DIR, '--library', library])
    const run = runCliIn(temp.dir, ['resplit', '--library', library], [], { isStderrTTY: true })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Re-split /)
    const draws = run.stderr.split(CLEAR_LINE).filter((text) => text !== '')
    expect(draws.at(-1)).toBe('Re-splitting: 5 of 5 pages (100 %)')
    expect(run.stderr.endsWith(CLEAR_LINE)).toBe(true)
  })
})
