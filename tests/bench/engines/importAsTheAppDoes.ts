import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { LIBRARY_FILE, openLibrary } from '../../../src/main/core/library/openLibrary'
import type { Library } from '../../../src/main/core/library/types'
import { importInWorkers } from '../../../src/main/workers/importInWorkers'
import { startIndexer } from '../../../src/main/workers/startIndexer'
import type { BuildPhases } from './types'

const PROBE_EVERY_MS = 200
const PROBE_QUERY = '发展'

const p95 = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN
}

/**
 * Imports a folder the way the desktop app does: import threads store and index the pages,
 * then the indexer thread merges the index's segments (and indexes anything still queued),
 * while this thread (the one that serves the reader) only searches now and then. Returns the
 * open library and what each phase took.
 */
export async function importAsTheAppDoes(
  dir: string,
  corpusDir: string,
): Promise<{ library: Library; phases: BuildPhases; close: () => Promise<void> }> {
  const indexer = startIndexer({ file: join(dir, LIBRARY_FILE) })
  const library = openLibrary(dir, indexer ? { requestIndexing: indexer.request } : {})
  // The serving thread's longest block: how late a 10 ms timer fires.
  let worstBlockMs = 0
  let peakRss = 0
  let last = performance.now()
  const watch = setInterval(() => {
    const now = performance.now()
    worstBlockMs = Math.max(worstBlockMs, now - last - 10)
    peakRss = Math.max(peakRss, process.memoryUsage.rss())
    last = now
  }, 10)
  // The reader searches now and then throughout the import and the merging after it.
  const probes: number[] = []
  const probe = setInterval(() => {
    const start = performance.now()
    library.searchPage(PROBE_QUERY, { limit: 50 })
    probes.push(performance.now() - start)
  }, PROBE_EVERY_MS)
  const t0 = performance.now()
  await importInWorkers(library, [corpusDir])
  const importMs = performance.now() - t0
  if (indexer) await indexer.whenIdle()
  else library.maintain()
  const indexMs = performance.now() - t0 - importMs
  clearInterval(probe)
  clearInterval(watch)
  return {
    library,
    phases: {
      importMs,
      indexMs,
      searchDuringIndexP95Ms: p95(probes),
      worstBlockMs,
      peakImportRssMb: Math.round(peakRss / 1048576),
    },
    close: async () => {
      library.close()
      await indexer?.close()
    },
  }
}
