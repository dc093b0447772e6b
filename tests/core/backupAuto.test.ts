import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backupBeforeMigration } from '../../src/main/core/backup/backupBeforeMigration'
import { dailyBackup, startDailyBackups } from '../../src/main/core/backup/dailyBackup'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import { copyAsVersion4, VERSION_BEFORE_FTS } from './oldLibrary'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let seeded: string
beforeEach(() => {
  temp = tempDir('backup-auto')
  const library = openLibrary(join(temp.dir, 'seeded'))
  library.importPaths([SEED_DIR])
  library.close()
  seeded = join(temp.dir, 'seeded', LIBRARY_FILE)
})
afterEach(() => temp.remove())

const rows = (file: string, table: string): unknown[] => {
  const db = new BetterSqlite3(file, { readonly: true })
  try {
    return db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()
  } finally {
    db.close()
  }
}

/** A library folder holding a version 4 library with the seed pages. */
const oldLibrary = (name: string): string => {
  const dir = join(temp.dir, name)
  mkdirSync(dir)
  copyAsVersion4(seeded, join(dir, LIBRARY_FILE))
  return dir
}

describe('the backup before a migration', () => {
  it('keeps the library file as it was, then the library opens upgraded', () => {
    const dir = oldLibrary('old')
    const file = join(dir, LIBRARY_FILE)
    const stories = rows(file, 'stories')
    const when = new Date(Date.UTC(2025, 2, 4, 5, 6, 7, 89))
    const library = openLibrary(dir, { now: () => when })
    try {
      const to = MIGRATIONS.length
      const name = `before-migration-${VERSION_BEFORE_FTS}-to-${to}-20250304T050607089Z.inkstone-backup`
      expect(readdirSync(join(dir, 'backups'))).toEqual([name])
      const copy = join(dir, 'backups', name)
      const db = new BetterSqlite3(copy, { readonly: true })
      expect(db.pragma('user_version', { simple: true })).toBe(VERSION_BEFORE_FTS)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      db.close()
      expect(rows(copy, 'stories')).toEqual(stories)
      // The copy is of version 4, before pages recorded their splitter version, title and date.
      const withoutVersion = (file: string) =>
        rows(file, 'sources').map((row) => {
          const {
            splitter_version: _version,
            title: _title,
            page_date: _date,
            ...rest
          } = row as Record<string, unknown>
          return rest
        })
      expect(rows(copy, 'sources')).toEqual(withoutVersion(seeded))
      expect(library.listStories()).toHaveLength(stories.length)
      // Restoring the copy into the upgraded library finds everything there already.
      const report = library.restore(copy, 'dryRun')
      expect(report.stories).toEqual({ added: 0, updated: 0, kept: stories.length })
    } finally {
      library.close()
    }
  })

  it('is not taken for a new library, a current one, or an old one without data', () => {
    const fresh = openLibrary(join(temp.dir, 'fresh'))
    fresh.close()
    const current = openLibrary(join(temp.dir, 'seeded'))
    current.close()
    // A version 4 library that holds nothing.
    const empty = join(temp.dir, 'empty')
    mkdirSync(empty)
    copyAsVersion4(join(temp.dir, 'fresh', LIBRARY_FILE), join(empty, LIBRARY_FILE))
    openLibrary(empty).close()
    for (const name of ['fresh', 'seeded', 'empty'])
      expect(existsSync(join(temp.dir, name, 'backups'))).toBe(false)
  })

  it('keeps the last 7, and leaves other files in the folder alone', () => {
    const dir = oldLibrary('old')
    mkdirSync(join(dir, 'backups'))
    const mine = ['mine.inkstone-backup', 'daily-2020-01-01.inkstone-backup']
    for (const name of mine) writeFileSync(join(dir, 'backups', name), 'x')
    const db = new BetterSqlite3(join(dir, LIBRARY_FILE))
    for (let day = 1; day <= 9; day++) {
      backupBeforeMigration(dir, () => new Date(Date.UTC(2025, 0, day)))(db)
    }
    db.close()
    const stamps = [3, 4, 5, 6, 7, 8, 9].map(
      (day) =>
        `before-migration-4-to-${MIGRATIONS.length}-202501${String(day).padStart(2, '0')}T000000000Z`,
    )
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(
      [...mine, ...stamps.map((stamp) => `${stamp}.inkstone-backup`)].sort(),
    )
  })

  it('that cannot be written stops the upgrade, leaving the library as it was', () => {
    const dir = oldLibrary('old')
    writeFileSync(join(dir, 'backups'), 'a file where the folder would go')
    expect(() => openLibrary(dir)).toThrow(/not upgraded: its backup before the upgrade/)
    const db = new BetterSqlite3(join(dir, LIBRARY_FILE), { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(VERSION_BEFORE_FTS)
    db.close()
  })
})

describe('daily backups', () => {
  it("write today's backup once a day and keep the last 7", async () => {
    const library = openLibrary(join(temp.dir, 'seeded'))
    try {
      const first = await dailyBackup(library, new Date(2025, 0, 1, 9))
      const folder = join(library.dir, 'backups')
      expect(first).toMatchObject({ path: join(folder, 'daily-2025-01-01.inkstone-backup') })
      expect(first!.stories).toBe(library.listStories().length)
      expect(await dailyBackup(library, new Date(2025, 0, 1, 21))).toBeNull()
      for (let day = 2; day <= 10; day++) await dailyBackup(library, new Date(2025, 0, day, 9))
      expect(readdirSync(folder).sort()).toEqual(
        [4, 5, 6, 7, 8, 9, 10].map(
          (day) => `daily-2025-01-${String(day).padStart(2, '0')}.inkstone-backup`,
        ),
      )
    } finally {
      library.close()
    }
  })

  it('skip a library without pages, and report a failure instead of throwing', async () => {
    const empty = openLibrary(join(temp.dir, 'empty'))
    const library = openLibrary(join(temp.dir, 'seeded'))
    try {
      expect(await dailyBackup(empty, new Date(2025, 0, 1))).toBeNull()
      expect(existsSync(join(empty.dir, 'backups'))).toBe(false)
      writeFileSync(join(library.dir, 'backups'), 'a file where the folder would go')
      const problems: string[] = []
      const summary = await dailyBackup(library, new Date(2025, 0, 1), (message) =>
        problems.push(message),
      )
      expect(summary).toBeNull()
      expect(problems).toEqual(['the daily backup could not be written'])
    } finally {
      empty.close()
      library.close()
    }
  })
})

describe('a host’s daily backups', () => {
  it('writes one soon after start and checks again every few hours, until stopped', async () => {
    vi.useFakeTimers({
      now: new Date('2026-03-01T09:00:00'),
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    })
    const library = openLibrary(join(temp.dir, 'seeded'))
    const folder = join(temp.dir, 'seeded', 'backups')
    const daily = () =>
      existsSync(folder) ? readdirSync(folder).filter((n) => n.startsWith('daily-')) : []
    try {
      const stop = startDailyBackups(library)
      expect(daily()).toEqual([])
      await vi.advanceTimersByTimeAsync(30_000)
      expect(daily()).toEqual(['daily-2026-03-01.inkstone-backup'])
      // The same day: nothing new; the next day, its own file.
      await vi.advanceTimersByTimeAsync(3 * 3600_000)
      expect(daily()).toHaveLength(1)
      await vi.advanceTimersByTimeAsync(6 * 3600_000)
      expect(daily()).toHaveLength(1)
      await vi.advanceTimersByTimeAsync(12 * 3600_000)
      expect(daily().sort()).toEqual([
        'daily-2026-03-01.inkstone-backup',
        'daily-2026-03-02.inkstone-backup',
      ])
      stop()
      await vi.advanceTimersByTimeAsync(48 * 3600_000)
      expect(daily()).toHaveLength(2)
    } finally {
      vi.useRealTimers()
      library.close()
    }
  })
})
