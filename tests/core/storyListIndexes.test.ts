import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/core/db/openDatabase'
import { listParams, type ListSort } from '../../src/main/core/db/storyListSql'
import { SOURCES_SELECT } from '../../src/main/core/db/sourcesRepo'
import { idsSql } from '../../src/main/core/db/storyOrderRepo'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-list-indexes-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

// The story list's order as ids is read from an index holding id and title: never a page of
// every story's row (their text sits there), never a sort of the whole library.
describe('story list indexes', () => {
  it.each<ListSort>(['position', 'title', 'imported'])(
    'list the %s order from a covering index, without sorting',
    (sort) => {
      const db = openDatabase(join(dir, 'library.sqlite3'))
      try {
        const plan = db
          .prepare<[object], { detail: string }>(`EXPLAIN QUERY PLAN ${idsSql(sort)}`)
          .all(listParams({}))
          .map((row) => row.detail)
        expect(plan[0]).toMatch(/^SCAN st USING COVERING INDEX stories_by_(source|import)$/)
        expect(plan.join('\n')).not.toContain('TEMP B-TREE')
      } finally {
        db.close()
      }
    },
  )

  it('keep the page order: a page filter searches the same index', () => {
    const db = openDatabase(join(dir, 'library.sqlite3'))
    try {
      const plan = db
        .prepare<[object], { detail: string }>(`EXPLAIN QUERY PLAN ${idsSql('position')}`)
        .all(listParams({ sourceId: 3 as never }))
        .map((row) => row.detail)
      expect(plan[0]).toContain('COVERING INDEX stories_by_source')
      expect(plan.join('\n')).not.toContain('TEMP B-TREE')
    } finally {
      db.close()
    }
  })

  // The listed columns title and page_date sit after each page's whole text in its row.
  it('list the pages from a covering index, never reading their text', () => {
    const db = openDatabase(join(dir, 'library.sqlite3'))
    try {
      const plan = db
        .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${SOURCES_SELECT} ORDER BY s.id`)
        .all()
        .map((row) => row.detail)
      expect(plan[0]).toBe('SCAN s USING COVERING INDEX sources_list')
      expect(plan.join('\n')).toContain('COVERING INDEX stories_by_source')
    } finally {
      db.close()
    }
  })
})
