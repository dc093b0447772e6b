import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import type { RestoreMode } from '../../src/shared/exports'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let library: Library
let backup: string
beforeEach(() => {
  temp = tempDir('restore-refused')
  const source = openLibrary(join(temp.dir, 'source'))
  source.importPaths([SEED_DIR])
  const story = source.listStories()[0]
  source.createHighlight(story.id, { start: 0, end: 4, color: 'blue', note: 'kept' })
  backup = source.backup(join(temp.dir, 'good.inkstone-backup')).path
  source.close()
  library = openLibrary(join(temp.dir, 'library'))
  library.importPaths([join(SEED_DIR, readdirSync(SEED_DIR)[0])])
  library.addTags([library.listStories()[0].id], ['mine'])
})
afterEach(() => {
  library.close()
  temp.remove()
})

/** A file made from the good backup by `change` (which may edit it with SQL). */
const variant = (name: string, change: (db: BetterSqlite3.Database) => void): string => {
  const file = join(temp.dir, name)
  copyFileSync(backup, file)
  const db = new BetterSqlite3(file)
  change(db)
  db.close()
  return file
}

const contents = (): string => {
  const db = new BetterSqlite3(join(library.dir, LIBRARY_FILE), { readonly: true })
  try {
    const tables = ['sources', 'stories', 'tags', 'story_tags', 'highlights', 'settings']
    return JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM ${table}`).all()))
  } finally {
    db.close()
  }
}

const MODES: RestoreMode[] = ['dryRun', 'merge', 'replace']

/** Restoring `file` in every mode throws a LibraryError saying `reason`, and changes nothing. */
const expectRefused = (file: string, reason: RegExp): void => {
  const before = contents()
  const bytes = statSync(file, { throwIfNoEntry: false })?.isFile() ? readFileSync(file) : null
  for (const mode of MODES) {
    let error: unknown = null
    try {
      library.restore(file, mode)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(LibraryError)
    expect((error as Error).message).toContain(file)
    expect((error as Error).message).toMatch(reason)
  }
  expect(contents()).toBe(before)
  // No safety backup, no private copy left behind, and the file itself untouched.
  const backups = join(library.dir, 'backups')
  expect(existsSync(backups) ? readdirSync(backups) : []).toEqual([])
  if (bytes) expect(readFileSync(file).equals(bytes)).toBe(true)
}

describe('restore refuses a file that is not a good backup, and changes nothing', () => {
  it('random bytes', () => {
    const file = join(temp.dir, 'random.inkstone-backup')
    let seed = 7
    const bytes = Buffer.alloc(8192, 0).map(
      () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 255,
    )
    writeFileSync(file, bytes)
    expectRefused(file, /not an Inkstone backup \(not an SQLite database\)/)
  })

  it('a text file, and an empty one', () => {
    const text = join(temp.dir, 'notes.txt')
    writeFileSync(text, '这不是备份。\nJust some notes.\n')
    expectRefused(text, /not an SQLite database/)
    const empty = join(temp.dir, 'empty.inkstone-backup')
    writeFileSync(empty, '')
    expectRefused(empty, /not an SQLite database/)
  })

  it('a truncated backup', () => {
    const whole = readFileSync(backup)
    const half = join(temp.dir, 'half.inkstone-backup')
    writeFileSync(half, whole.subarray(0, Math.floor(whole.length / 2 / 4096) * 4096))
    expectRefused(half, /truncated/)
    const ragged = join(temp.dir, 'ragged.inkstone-backup')
    writeFileSync(ragged, whole.subarray(0, whole.length - 100))
    expectRefused(ragged, /truncated/)
  })

  it('a damaged backup', () => {
    const bytes = readFileSync(backup)
    // Overwrite the middle of a page deep in the file (a table's b-tree page).
    const page = Math.floor(bytes.length / 4096 / 2)
    bytes.fill(0xa5, page * 4096 + 8, page * 4096 + 4000)
    const file = join(temp.dir, 'damaged.inkstone-backup')
    writeFileSync(file, bytes)
    expectRefused(file, /damaged/)
  })

  it('a backup made by a newer Inkstone', () => {
    const file = variant('newer.inkstone-backup', (db) =>
      db.pragma(`user_version = ${MIGRATIONS.length + 1}`),
    )
    expectRefused(file, /made by a newer Inkstone/)
  })

  it('an SQLite file that is not an Inkstone library', () => {
    const other = join(temp.dir, 'other.sqlite3')
    const db = new BetterSqlite3(other)
    db.exec('CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)')
    db.close()
    expectRefused(other, /not an Inkstone backup \(no library schema\)/)
    const claims = variant('claims.inkstone-backup', (db) => db.exec('DROP TABLE story_notes'))
    expectRefused(claims, /not an Inkstone backup \(no story_notes table\)/)
  })

  it('a backup whose rows point at nothing', () => {
    const file = variant('broken.inkstone-backup', (db) => {
      db.pragma('foreign_keys = OFF')
      db.exec("UPDATE highlights SET story_id = 'gone'")
    })
    expectRefused(file, /inconsistent/)
  })

  it('no file, or a folder', () => {
    const missing = join(temp.dir, 'missing.inkstone-backup')
    expectRefused(missing, /no such file/)
    expectRefused(temp.dir, /not a file/)
  })
})
