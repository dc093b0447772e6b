import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { openLibrary } from '../../../src/main/core/library/openLibrary'
import type { Library } from '../../../src/main/core/library/types'
import type { SearchHit } from '../../../src/shared/types'
import { importAsTheAppDoes } from './importAsTheAppDoes'
import { storyKey, type BenchEngine, type EngineInput } from './types'

const OPEN_RSS = join(import.meta.dirname, 'openRss.ts')
const RUN_TS = join(import.meta.dirname, '../../../bin/run-ts.mjs')

/** Resident memory of a fresh process that opened the library and searched once. */
const openRssMb = (dir: string): number => {
  const child = spawnSync(process.execPath, [RUN_TS, OPEN_RSS, dir], { encoding: 'utf8' })
  return Number(child.stdout.trim())
}

/** The paged search being added for issue 9; detected at run time so this bench runs before it. */
type PagedSearch = (
  query: string,
  options: { limit: number; offset: number },
) => { total: number; hits: SearchHit[] }

// What the fallback asks for when there is no searchPage: more than any bench corpus holds.
const EVERYTHING = 1_000_000

const pagedSearch = (library: Library): PagedSearch | null =>
  'searchPage' in library ? (library.searchPage as PagedSearch).bind(library) : null

/**
 * Inkstone through its public core API: the full import (decode, clean, split, store) and
 * maintain() (the index rebuild, or nothing once indexing happens on import), then reopen.
 * Without searchPage, the total is the length of an unbounded search (one extra search).
 */
export function inkstone(): BenchEngine {
  let dir = ''
  let library: Library | null = null
  // Each library gives its own ids: hits are reported as page#position, like the baselines'.
  const keys = new Map<string, string>()
  const lib = (): Library => (library ??= openLibrary(dir))
  const ids = (hits: SearchHit[]): string[] =>
    hits.map((hit) => keys.get(String(hit.id)) ?? String(hit.id))

  return {
    name: 'inkstone',
    readsStories: false,
    async build({ corpusDir, workDir }: EngineInput) {
      dir = join(workDir, 'library')
      const built = await importAsTheAppDoes(dir, corpusDir)
      for (const story of built.library.listStories()) keys.set(String(story.id), storyKey(story))
      await built.close()
      return { ...built.phases, openRssMb: openRssMb(dir) }
    },
    open() {
      lib()
    },
    search(query, _parsed, limit) {
      const paged = pagedSearch(lib())
      if (paged) {
        const page = paged(query, { limit, offset: 0 })
        return { ids: ids(page.hits), total: page.total }
      }
      const first = lib().search(query, { limit })
      return { ids: ids(first), total: lib().search(query, { limit: EVERYTHING }).length }
    },
    searchAll(query) {
      const paged = pagedSearch(lib())
      if (!paged) return ids(lib().search(query, { limit: EVERYTHING }))
      const total = paged(query, { limit: 1, offset: 0 }).total
      return ids(paged(query, { limit: Math.max(1, total), offset: 0 }).hits)
    },
    close() {
      library?.close()
      library = null
    },
  }
}
