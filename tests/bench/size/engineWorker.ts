// Child process of sizeBench.ts: runs one engine alone (or the prepare step), so that its
// memory is its own and a crash or an out-of-memory ends only this run.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openLibrary } from '../../../src/main/core/library/openLibrary'
import { parseQuery } from '../../../src/main/core/search/parseQuery'
import type { BenchQuery } from '../corpus/querySet'
import { ENGINES } from '../engines/registry'
import { PAGE_SIZE, storyKey, type BenchStory } from '../engines/types'
import type { EngineRun, PrepareRun, QueryRun, WorkerTask } from './protocol'

const mb = (bytes: number): number => Math.round(bytes / 1048576)

/** Imports the corpus (no index) and dumps the stories as stored: what the baselines index. */
function prepare(task: WorkerTask): PrepareRun {
  const t0 = performance.now()
  const library = openLibrary(join(task.workDir, 'prepare'))
  const report = library.importPaths([task.corpusDir])
  const stories: BenchStory[] = []
  for (const summary of library.listStories()) {
    const story = library.getStory(summary.id)
    if (story)
      stories.push({
        id: storyKey(story),
        title: story.title,
        byline: story.byline ?? '',
        body: story.body,
      })
  }
  library.close()
  writeFileSync(task.storiesFile, JSON.stringify(stories))
  return { files: report.files, stories: stories.length, importMs: performance.now() - t0 }
}

async function measure(task: WorkerTask): Promise<EngineRun> {
  const engine = ENGINES[task.engine]()
  // 85 M characters at 50,000 stories: held only by an engine that indexes them.
  const stories =
    engine.readsStories === false
      ? []
      : (JSON.parse(readFileSync(task.storiesFile, 'utf8')) as BenchStory[])
  const queries = JSON.parse(readFileSync(task.queriesFile, 'utf8')) as BenchQuery[]
  const parsed = queries.map((query) => parseQuery(query.text))
  const t0 = performance.now()
  const phases = await engine.build({ corpusDir: task.corpusDir, stories, workDir: task.workDir })
  const buildMs = performance.now() - t0
  const rssAfterBuildMb = mb(process.memoryUsage().rss)
  const t1 = performance.now()
  engine.open()
  engine.search(queries[0].text, parsed[0], PAGE_SIZE)
  const openMs = performance.now() - t1
  const runs: QueryRun[] = queries.map((query) => ({ query, ms: [], ids: [], total: 0, all: [] }))
  for (let round = 0; round < task.rounds; round++) {
    runs.forEach((run, at) => {
      if (run.error) return
      try {
        const start = performance.now()
        const answer = engine.search(run.query.text, parsed[at], PAGE_SIZE)
        run.ms.push(performance.now() - start)
        run.ids = answer.ids
        run.total = answer.total
      } catch (error) {
        run.error = String(error)
      }
    })
  }
  runs.forEach((run, at) => {
    if (!run.error) run.all = engine.searchAll(run.query.text, parsed[at])
  })
  const rssAfterSearchMb = mb(process.memoryUsage().rss)
  engine.close()
  return {
    engine: engine.name,
    buildMs,
    ...(phases ? { phases } : {}),
    openMs,
    rssAfterBuildMb,
    rssAfterSearchMb,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMb: mb(process.memoryUsage().heapUsed),
    queries: runs,
  }
}

const task = JSON.parse(process.argv[2]) as WorkerTask
const result = task.mode === 'prepare' ? prepare(task) : await measure(task)
writeFileSync(task.outFile, JSON.stringify(result))
// Worker threads an engine left (Inkstone's indexer) must not keep the process alive.
process.exit(0)
