import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupsDir } from '../../src/main/core/backup/backupNames'
import {
  checkDatabaseFile,
  checkLibrary,
  findNewestBackup,
  isDamageError,
} from '../../src/main/core/backup/libraryHealth'
import { recoverLibrary } from '../../src/main/core/backup/recoverLibrary'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import { damagePage } from './damageLibrary'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let dir: string
let file: string
let stories: number

// A library of the seed pages with its index built, closed, and one backup of it.
beforeEach(() => {
  temp = tempDir('health')
  dir = join(temp.dir, 'library')
  file = join(dir, LIBRARY_FILE)
  const library = openLibrary(dir)
  library.importPaths([SEED_DIR])
  library.maintain()
  stories = library.listStories().length
  mkdirSync(backupsDir(dir), { recursive: true })
  library.backup(join(backupsDir(dir), 'daily-2026-12-01.inkstone-backup'))
  library.close()
})
afterEach(() => temp.remove())

describe('the check of a library file', () => {
  it('finds a sound library sound, and a missing file is a new library', () => {
    expect(checkDatabaseFile(file)).toBeNull()
    expect(checkLibrary(dir)).toEqual({ status: 'ok' })
    expect(checkDatabaseFile(join(temp.dir, 'nothing.sqlite3'))).toBeNull()
  })

  it('finds a damaged page, names the newest good backup, and writes nothing to the file', () => {
    damagePage(file)
    const before = readFileSync(file)
    const health = checkLibrary(dir)
    expect(health).toMatchObject({
      status: 'damaged',
      backup: { name: 'daily-2026-12-01.inkstone-backup' },
    })
    expect(health.status === 'damaged' && health.reason).toMatch(/\S/)
    expect(readFileSync(file).equals(before)).toBe(true)
    // The check's private copies of backups are cleaned away (SQLite's own -wal and -shm
    // files for a read-only connection may stay beside the library, as for any reader).
    const left = readdirSync(dir).filter((name) => !/-(wal|shm)$/.test(name))
    expect(left.sort()).toEqual(['backups', LIBRARY_FILE])
  })

  it('says what is wrong with a file that is not a database at all', () => {
    writeFileSync(file, 'these are not the pages you are looking for'.repeat(200))
    expect(checkDatabaseFile(file)).toMatch(/not a database/)
    let thrown: unknown
    try {
      openLibrary(dir).close()
    } catch (error) {
      thrown = error
    }
    expect(isDamageError(thrown)).toBe(true)
  })

  it('skips damaged backups for the newest good one', () => {
    const folder = backupsDir(dir)
    const good = join(folder, 'daily-2026-12-01.inkstone-backup')
    const broken = join(folder, 'daily-2026-12-02.inkstone-backup')
    writeFileSync(broken, readFileSync(good).subarray(0, 8192))
    utimesSync(good, new Date('2026-12-01T10:00:00Z'), new Date('2026-12-01T10:00:00Z'))
    expect(findNewestBackup(dir)).toMatchObject({ path: good, takenAt: '2026-12-01T10:00:00.000Z' })
  })
})

describe('recovering a damaged library', () => {
  it('moves the damaged file aside untouched and puts the backup in its place', () => {
    damagePage(file)
    const damaged = readFileSync(file)
    const report = recoverLibrary(dir, { now: () => new Date('2026-12-02T10:00:00Z') })
    expect(report).toEqual({
      restoredFrom: join(backupsDir(dir), 'daily-2026-12-01.inkstone-backup'),
      damagedKeptIn: join(dir, 'damaged-20261202T100000000Z'),
      stories,
    })
    expect(readFileSync(join(report.damagedKeptIn, LIBRARY_FILE)).equals(damaged)).toBe(true)
    expect(checkLibrary(dir)).toEqual({ status: 'ok' })
    const library = openLibrary(dir)
    try {
      expect(library.listStories()).toHaveLength(stories)
      expect(library.search('工会').length).toBeGreaterThan(0)
    } finally {
      library.close()
    }
  })

  it('refuses without a good backup and leaves everything where it was', () => {
    damagePage(file)
    const damaged = readFileSync(file)
    const bad = join(temp.dir, 'bad.inkstone-backup')
    writeFileSync(bad, 'not a backup')
    expect(() => recoverLibrary(dir, { from: bad })).toThrow(/not an SQLite database/)
    writeFileSync(join(backupsDir(dir), 'daily-2026-12-01.inkstone-backup'), 'gone bad')
    let thrown: unknown
    try {
      recoverLibrary(dir)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(LibraryError)
    expect((thrown as LibraryError).detail?.key).toBe('noBackupToRecover')
    expect(readFileSync(file).equals(damaged)).toBe(true)
    expect(existsSync(join(dir, 'damaged'))).toBe(false)
    expect(readdirSync(dir).filter((name) => name.startsWith('damaged-'))).toEqual([])
  })
})
