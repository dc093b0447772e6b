import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import { pageName } from '../../src/shared/pageName'
import { tempDir } from './tempDir'

describe('migration 7: page names', () => {
  const temp = tempDir('page-names', true)
  afterEach(() => temp.remove())

  it('upgrades a version 6 library: pages get their names from the stored text on open', () => {
    const dir = join(temp.dir, 'library')
    const library = openLibrary(dir)
    library.importPaths([temp.seeds])
    const named = library.listSources().map((source) => [source.id, pageName(source)])
    const ids = library.listStoryIds()
    library.close()

    // The library as version 6 left it: no titles, no names of the reader's.
    const db = new Database(join(dir, LIBRARY_FILE))
    db.exec(`
      DROP TABLE page_names;
      DROP INDEX sources_list;
      ALTER TABLE sources DROP COLUMN title;
      ALTER TABLE sources DROP COLUMN page_date;
      PRAGMA user_version = 6;
    `)
    db.close()

    const upgraded = openLibrary(dir)
    try {
      expect(upgraded.listSources().map((source) => [source.id, pageName(source)])).toEqual(named)
      expect(upgraded.listSources().every((source) => source.title !== null)).toBe(true)
      expect(upgraded.listStoryIds()).toEqual(ids)
      // Renaming works on the upgraded library.
      const [first] = upgraded.listSources()
      upgraded.renamePage(first.id, '改名')
      expect(pageName(upgraded.listSources()[0])).toBe('改名')
    } finally {
      upgraded.close()
    }
  })
})
