import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../src/main/handlers/handlers'
import { invokeChannel } from '../../src/main/handlers/invokeChannel'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { LibraryHealth, RecoveryReport } from '../../src/shared/health'
import { runCliIn } from './cliHarness'
import { damagePage } from './damageLibrary'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let library: string
beforeEach(() => {
  temp = tempDir('cli-recover')
  library = join(temp.dir, 'library')
})
afterEach(() => temp.remove())

const cli = (...argv: string[]) => runCliIn(temp.dir, [...argv, '--library', library])

describe('inkstone check and recover', () => {
  it('checks, finds damage (exit 1), recovers from the backup and checks sound again', () => {
    expect(cli('import', SEED_DIR).code).toBe(0)
    expect(cli('search', '工会').code).toBe(0)
    const backup = join(temp.dir, 'mine.inkstone-backup')
    expect(cli('backup', '--out', backup).code).toBe(0)
    expect(cli('check')).toMatchObject({ code: 0, stdout: expect.stringMatching(/is sound/) })

    damagePage(join(library, 'library.sqlite3'))
    const found = cli('check', '--json')
    expect(found.code).toBe(1)
    const health = JSON.parse(found.stdout) as LibraryHealth
    // The backup was written elsewhere: the backups folder holds none.
    expect(health).toMatchObject({ status: 'damaged', backup: null })
    expect(cli('check').stdout).toMatch(/damaged.*\n.*no backup to recover from/)
    expect(cli('recover')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no backup to restore/),
    })

    const recovered = cli('recover', '--from', backup, '--json')
    expect(recovered.code).toBe(0)
    const report = JSON.parse(recovered.stdout) as RecoveryReport
    expect(report.restoredFrom).toBe(backup)
    expect(report.stories).toBeGreaterThan(10)
    expect(cli('check').code).toBe(0)
    expect(cli('search', '工会').stdout).toMatch(/工会/)
  })
})

describe('a damaged library behind the channels', () => {
  it('refuses every write with a reason the reader is told, and goes on reading', async () => {
    const opened = openLibrary(library)
    try {
      opened.importSeedsIfEmpty(SEED_DIR)
      let health: LibraryHealth = { status: 'ok' }
      const table = createHandlers({
        library: opened,
        mode: 'web',
        emit: () => {},
        health: () => health,
      })
      const [id] = opened.listStoryIds({})
      expect(await invokeChannel(table, 'stories:setRead', [id, true])).toMatchObject({ ok: true })
      health = { status: 'damaged', reason: 'Tree 7 page 9: btreeInitPage() error', backup: null }
      const refused = await invokeChannel(table, 'tags:addToStories', [[id], ['工会']])
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'UNAVAILABLE', detail: { key: 'libraryDamaged' } },
      })
      expect(opened.listTags()).toEqual([])
      const info = await invokeChannel(table, 'library:info', [])
      expect(info).toMatchObject({ ok: true, value: { health } })
      expect(await invokeChannel(table, 'stories:get', [id])).toMatchObject({ ok: true })
      expect(await invokeChannel(table, 'search:query', ['工会'])).toMatchObject({ ok: true })
      // Web mode recovers with the server stopped, and says how.
      const recover = await invokeChannel(table, 'library:recover', [])
      expect(recover).toMatchObject({
        ok: false,
        error: { detail: { key: 'recoverWithServerStopped' } },
      })
    } finally {
      opened.close()
    }
  })
})
