import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dailyBackup } from '../../src/main/core/backup/dailyBackup'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { backupInWorker, backupsInWorker } from '../../src/main/workers/backupInWorker'
import { resplitInWorker } from '../../src/main/workers/resplitInWorker'
import { restoreInWorker } from '../../src/main/workers/restoreInWorker'
import { SEED_DIR, tempDir } from '../core/tempDir'

// As when a host runs from source without the threads' bootstrap files (or a build without
// the backup thread's entry): no worker script is found.
vi.mock('../../src/main/workers/workerScript', () => ({ workerScript: () => null }))

let temp: ReturnType<typeof tempDir>
let library: Library
beforeEach(() => {
  temp = tempDir('workers-fallback')
  library = openLibrary(join(temp.dir, 'library'))
  library.importPaths([SEED_DIR])
})
afterEach(() => {
  library.close()
  temp.remove()
})

describe('a backup without a backup thread', () => {
  it('is written on the calling thread, with the same summary and errors', async () => {
    const order: string[] = []
    setImmediate(() => order.push('served'))
    const out = join(temp.dir, 'here.inkstone-backup')
    const summary = await backupInWorker(library, out).then((done) => {
      order.push('backed up')
      return done
    })
    // Written before this thread's next turn: no thread was started.
    expect(order).toEqual(['backed up'])
    expect(summary).toMatchObject({ path: out, stories: library.listStories().length })
    await expect(backupInWorker(library, temp.dir)).rejects.toThrow(/is a folder/)
  })

  it('still writes the daily backup', async () => {
    const summary = await dailyBackup(backupsInWorker(library), new Date(2025, 0, 1, 9))
    expect(summary?.stories).toBe(library.listStories().length)
    expect(readdirSync(join(library.dir, 'backups'))).toEqual(['daily-2025-01-01.inkstone-backup'])
  })
})

describe('a re-split without a re-split thread', () => {
  it('runs on the calling thread, with the same report and progress', async () => {
    const expected = library.resplitPages()
    const done: number[] = []
    const order: string[] = []
    setImmediate(() => order.push('served'))
    const report = await resplitInWorker(library, {
      onProgress: (progress) => done.push(progress.done),
    })
    order.push('re-split')
    expect(order).toEqual(['re-split'])
    expect(report).toEqual(expected)
    expect(done).toEqual(library.listSources().map((_, i) => i + 1))
  })
})

describe('a restore without a restore thread', () => {
  it('runs on the calling thread, with the same report', async () => {
    const backup = library.backup(join(temp.dir, 'here.inkstone-backup')).path
    const expected = library.restore(backup, 'dryRun')
    const order: string[] = []
    setImmediate(() => order.push('served'))
    const report = await restoreInWorker(library, backup, 'dryRun')
    order.push('restored')
    expect(order).toEqual(['restored'])
    expect(report).toEqual(expected)
  })
})
