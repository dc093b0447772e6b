import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dailyBackup } from '../../src/main/core/backup/dailyBackup'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { createHandlers } from '../../src/main/handlers/handlers'
import { invokeChannel } from '../../src/main/handlers/invokeChannel'
import { backupInWorker, backupsInWorker } from '../../src/main/workers/backupInWorker'
import { spanOf, storyTitled } from '../core/libraryFixture'
import { SEED_DIR, tempDir } from '../core/tempDir'

let temp: ReturnType<typeof tempDir>
let library: Library
beforeEach(() => {
  temp = tempDir('backup-worker')
  library = openLibrary(join(temp.dir, 'library'))
  library.importPaths([SEED_DIR])
  const story = storyTitled(library, '困难职工帮扶民生工程')
  library.createHighlight(story.id, { ...spanOf(story.body, '疗休养'), color: 'green', note: '好' })
  library.maintain()
})
afterEach(() => {
  library.close()
  temp.remove()
})

/** Every row of every table of a database file, table by table, in a stable order. */
const contentOf = (file: string): Record<string, string[]> => {
  const db = new BetterSqlite3(file, { readonly: true })
  try {
    const tables = db
      .prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all()
    return Object.fromEntries(
      tables.map((table) => [
        table,
        db
          .prepare(`SELECT * FROM "${table}"`)
          .raw()
          .all()
          .map((row) =>
            JSON.stringify(row, (_key, value: unknown) =>
              Buffer.isBuffer(value) ? value.toString('base64') : value,
            ),
          )
          .sort(),
      ]),
    )
  } finally {
    db.close()
  }
}

describe('a backup on a backup thread', () => {
  it('writes the same backup as the synchronous one, with the same summary', async () => {
    const mine = join(temp.dir, 'sync.inkstone-backup')
    const theirs = join(temp.dir, 'out', 'thread.inkstone-backup')
    const expected = library.backup(mine)
    const summary = await backupInWorker(library, theirs)
    expect(summary).toEqual({ ...expected, path: theirs, bytes: statSync(theirs).size })
    expect(summary.stories).toBe(library.listStories().length)
    expect(summary.highlights).toBe(1)
    expect(readFileSync(theirs).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0')
    expect(contentOf(theirs)).toEqual(contentOf(mine))
    // Only the backup is left in its folder: the temporary copy was renamed into place.
    expect(readdirSync(join(temp.dir, 'out'))).toEqual(['thread.inkstone-backup'])
  })

  it('leaves the serving thread free: its callbacks run, and it reads and writes, meanwhile', async () => {
    const order: string[] = []
    const story = library.listStories()[0]
    setImmediate(() => {
      order.push('served')
      library.setRead(story.id, true)
      order.push(`read ${library.listStories().length} stories`)
    })
    const pending = backupInWorker(library, join(temp.dir, 'busy.inkstone-backup'))
    const summary = await pending.then((done) => {
      order.push('backed up')
      return done
    })
    expect(order).toEqual(['served', `read ${summary.stories} stories`, 'backed up'])
    expect(library.getStory(story.id)?.isRead).toBe(true)
  })

  it('fails with the same errors as the synchronous backup, leaving no file behind', async () => {
    const file = join(library.dir, LIBRARY_FILE)
    await expect(backupInWorker(library, file)).rejects.toThrow(LibraryError)
    await expect(backupInWorker(library, `${file}-wal`)).rejects.toThrow(/the library itself/)
    const folder = backupInWorker(library, temp.dir)
    await expect(folder).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
    await expect(folder).rejects.toThrow(`${temp.dir} is a folder: give the backup a file name`)
    // A file where the backup's folder would go: Node's own error, message and code kept.
    writeFileSync(join(temp.dir, 'blocked'), 'a file where the folder would go')
    const out = join(temp.dir, 'blocked', 'x.inkstone-backup')
    let expected: unknown
    try {
      library.backup(out)
    } catch (error) {
      expected = error
    }
    const failed = backupInWorker(library, out)
    await expect(failed).rejects.toThrow((expected as Error).message)
    await expect(failed).rejects.toMatchObject({ code: (expected as { code: string }).code })
    expect(readdirSync(library.dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it("writes the daily backup under its day's name, and logs a failure as before", async () => {
    const summary = await dailyBackup(backupsInWorker(library), new Date(2025, 0, 1, 9))
    const folder = join(library.dir, 'backups')
    expect(summary).toMatchObject({ path: join(folder, 'daily-2025-01-01.inkstone-backup') })
    expect(readdirSync(folder)).toEqual(['daily-2025-01-01.inkstone-backup'])

    const other = openLibrary(join(temp.dir, 'other'))
    try {
      other.importPaths([SEED_DIR])
      writeFileSync(join(other.dir, 'backups'), 'a file where the folder would go')
      const problems: string[] = []
      const day = new Date(2025, 0, 2)
      const log = (message: string) => problems.push(message)
      expect(await dailyBackup(backupsInWorker(other), day, log)).toBeNull()
      expect(problems).toEqual(['the daily backup could not be written'])
    } finally {
      other.close()
    }
  })

  it('answers "Back up…" in web mode with the download the thread wrote', async () => {
    const table = createHandlers({
      library,
      mode: 'web',
      emit: () => {},
      backup: (out) => backupInWorker(library, out),
    })
    const result = await invokeChannel(table, 'backup:create', [])
    expect(result.ok).toBe(true)
    const answer = (
      result as { ok: true; value: { summary: { stories: number }; download: { base64: string } } }
    ).value
    expect(answer.summary.stories).toBe(library.listStories().length)
    expect(Buffer.from(answer.download.base64, 'base64').subarray(0, 15).toString()).toBe(
      'SQLite format 3',
    )
  })
})
