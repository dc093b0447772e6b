import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openLibrary } from '../../../src/main/core/library/openLibrary'
import { storyPageText } from './storyPages'

/** A library built for the bench, and how long building it took. */
export interface BenchLibrary {
  dir: string
  storyCount: number
  importMs: number
  indexMs: number
}

// Stories per generated page: a newsletter page holds tens of stories, never thousands.
const STORIES_PER_PAGE = 50

/** Builds a library of `size` generated stories in `dir` (imported, then indexed). */
export const buildBenchLibrary = (dir: string, size: number): BenchLibrary => {
  const pagesDir = mkdtempSync(join(tmpdir(), 'inkstone-bench-pages-'))
  try {
    const paths: string[] = []
    for (let from = 0; from < size; from += STORIES_PER_PAGE) {
      const path = join(pagesDir, `page_${String(paths.length).padStart(4, '0')}.txt`)
      writeFileSync(path, storyPageText(from, Math.min(STORIES_PER_PAGE, size - from)), 'utf8')
      paths.push(path)
    }
    mkdirSync(dir, { recursive: true })
    const library = openLibrary(dir)
    try {
      const t0 = performance.now()
      library.importPaths(paths)
      const t1 = performance.now()
      library.maintain()
      const t2 = performance.now()
      const storyCount = library.listStoryIds({}).length
      return { dir, storyCount, importMs: t1 - t0, indexMs: t2 - t1 }
    } finally {
      library.close()
    }
  } finally {
    rmSync(pagesDir, { recursive: true, force: true })
  }
}
