import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { pageName } from '../../src/shared/pageName'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
const open: Library[] = []
const openAt = (name: string): Library => {
  const library = openLibrary(join(temp.dir, name))
  library.importPaths([SEED_DIR])
  open.push(library)
  return library
}

beforeEach(() => {
  temp = tempDir('restore-names')
})
afterEach(() => {
  for (const library of open.splice(0)) library.close()
  temp.remove()
})

/** Each page's name as the app shows it, by content (page ids differ between libraries). */
const names = (library: Library) =>
  Object.fromEntries(library.listSources().map((page) => [page.contentHash, pageName(page)]))

const pageOf = (library: Library, contentHash: string) =>
  library.listSources().find((page) => page.contentHash === contentHash)!

const backupOf = (library: Library, name: string): string =>
  library.backup(join(temp.dir, `${name}.inkstone-backup`)).path

describe('restore, merge: page names', () => {
  it('carries a rename over to a page the library holds unrenamed, and into a library that lacks the page', () => {
    const a = openAt('a')
    const [first, second] = a.listSources()
    a.renamePage(first.id, '工会周报 第一期')
    const file = backupOf(a, 'renamed')

    const b = openAt('b')
    const dry = b.restore(file, 'dryRun')
    const report = b.restore(file, 'merge')
    expect(report.pages).toEqual({ added: 0, updated: 1, kept: a.listSources().length - 1 })
    expect(dry.pages).toEqual(report.pages)
    expect(pageOf(b, first.contentHash).customName).toBe('工会周报 第一期')
    expect(pageOf(b, second.contentHash).customName).toBeNull()
    expect(names(b)).toEqual(names(a))
    // The same backup again has nothing more to carry.
    expect(b.restore(file, 'merge').pages.updated).toBe(0)

    const empty = openLibrary(join(temp.dir, 'empty'))
    open.push(empty)
    expect(empty.restore(file, 'merge').pages.added).toBe(a.listSources().length)
    expect(names(empty)).toEqual(names(a))
  })

  it('keeps the library’s own rename when both renamed the page', () => {
    const a = openAt('a')
    const [page] = a.listSources()
    a.renamePage(page.id, '备份里的名字')
    const b = openAt('b')
    const mine = pageOf(b, page.contentHash)
    b.renamePage(mine.id, '我自己的名字')

    const report = b.restore(backupOf(a, 'both'), 'merge')
    expect(report.pages.updated).toBe(0)
    expect(pageOf(b, page.contentHash).customName).toBe('我自己的名字')
  })

  it('gives a page with no title or date of its own the backup’s', () => {
    const a = openAt('a')
    const withDb = (library: Library, sql: string, ...params: string[]) => {
      const db = new BetterSqlite3(join(library.dir, LIBRARY_FILE))
      db.prepare(sql).run(...params)
      db.close()
    }
    // The seed pages carry no date in their text: the backup's page is given one.
    const [page] = a.listSources()
    withDb(a, "UPDATE sources SET page_date = '2024-01-05' WHERE id = ?", String(page.id))
    const b = openAt('b')
    withDb(
      b,
      'UPDATE sources SET title = NULL, page_date = NULL WHERE content_hash = ?',
      page.contentHash,
    )
    expect(pageOf(b, page.contentHash).title).toBeNull()

    const report = b.restore(backupOf(a, 'titled'), 'merge')
    expect(report.pages.updated).toBe(1)
    expect(pageOf(b, page.contentHash)).toMatchObject({
      title: page.title,
      pageDate: '2024-01-05',
      customName: null,
    })
  })
})
