// `npm run bench -- --size N [--rounds R] [--engines a,b] [--timeout-min M]`: one seeded
// synthetic corpus of N stories, searched by Inkstone and by baselines, each engine alone in a
// child process (its own RSS; a crash or out-of-memory fails that engine only). Recall and
// precision are against a substring scan with Inkstone's own matching rules. Figures only.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { parseQuery } from '../../src/main/core/search/parseQuery'
import { generateCorpus } from './corpus/generateCorpus'
import { buildQuerySet, readManifest } from './corpus/querySet'
import { ENGINES, LUNR_MAX_STORIES } from './engines/registry'
import { foldStories, scanStories } from './engines/substringScan'
import type { BenchStory } from './engines/types'
import type { EngineRun, PrepareRun, WorkerTask } from './size/protocol'
import { markdown, writeResults, type EngineResult, type SizeResults } from './size/report'
import { scoreRun } from './size/score'
import type { RendererFigures } from './renderer/rendererBench'

/** Options of the size mode, as parsed from the command line. */
export interface SizeBenchOptions {
  size: number
  /** Also measure the reader in Chromium over the same corpus (needs a built renderer). */
  isRendererMeasured: boolean
  rounds: number
  engines: string[]
  timeoutMin: number
  seed: number
}

const ROOT = resolve(import.meta.dirname, '../..')

/** Runs one worker in its own Node (the one running us: Node 22, not the system's v20). */
function runWorker<T>(task: WorkerTask, timeoutMin: number): { result?: T; reason?: string } {
  const child = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin/run-ts.mjs'),
      join(ROOT, 'tests/bench/size/engineWorker.ts'),
      JSON.stringify(task),
    ],
    { stdio: ['ignore', 'inherit', 'pipe'], timeout: timeoutMin * 60_000, maxBuffer: 64 << 20 },
  )
  if (child.status === 0 && existsSync(task.outFile))
    return { result: JSON.parse(readFileSync(task.outFile, 'utf8')) as T }
  const stderr = child.stderr?.toString() ?? ''
  const tail = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 200)
  const why = child.error
    ? String(child.error)
    : child.signal
      ? `signal ${child.signal}`
      : `exit ${child.status}`
  const isOom = /heap out of memory|ENOMEM/i.test(stderr)
  return { reason: isOom ? `out of memory (${why})` : `${why}${tail ? `: ${tail}` : ''}` }
}

/** Generates the corpus, runs every engine alone, scores, prints and writes the results. */
export function sizeBench(options: SizeBenchOptions): SizeResults {
  const tmp = mkdtempSync(join(tmpdir(), `inkstone-size-${options.size}-`))
  try {
    const corpusDir = join(tmp, 'corpus')
    const corpus = generateCorpus({ stories: options.size, seed: options.seed, outDir: corpusDir })
    console.log(
      `corpus: ${corpus.stories} stories, ${corpus.pages} pages, ${(corpus.characters / 1e6).toFixed(1)} M chars`,
    )
    const queries = buildQuerySet(readManifest(corpusDir))
    const base = {
      corpusDir,
      storiesFile: join(tmp, 'stories.json'),
      queriesFile: join(tmp, 'queries.json'),
      rounds: options.rounds,
    }
    writeFileSync(base.queriesFile, JSON.stringify(queries))
    const prepared = runWorker<PrepareRun>(
      { ...base, mode: 'prepare', engine: '', workDir: tmp, outFile: join(tmp, 'prepare.json') },
      options.timeoutMin,
    )
    if (!prepared.result) throw new Error(`importing the corpus failed: ${prepared.reason}`)
    console.log(`Inkstone stored ${prepared.result.stories} stories (generated ${corpus.stories})`)
    const stories = JSON.parse(readFileSync(base.storiesFile, 'utf8')) as BenchStory[]
    const folded = foldStories(stories)
    const truth = new Map(
      queries.map((q) => [q.text, new Set(scanStories(folded, parseQuery(q.text)))]),
    )

    const engines: EngineResult[] = []
    for (const engine of options.engines) {
      if (engine === 'lunr-zh' && prepared.result.stories > LUNR_MAX_STORIES) {
        console.log(`${engine}: skipped (over ${LUNR_MAX_STORIES} stories)`)
        engines.push({ engine, status: 'skipped', reason: `over ${LUNR_MAX_STORIES} stories` })
        continue
      }
      console.log(`${engine}: running…`)
      const workDir = join(tmp, engine)
      mkdirSync(workDir)
      // The scan has no index to warm: one round says all there is to say, at a tenth the wait.
      const rounds = engine === 'substring-scan' ? 1 : options.rounds
      const run = runWorker<EngineRun>(
        { ...base, rounds, mode: 'engine', engine, workDir, outFile: join(tmp, `${engine}.json`) },
        options.timeoutMin,
      )
      rmSync(workDir, { recursive: true, force: true })
      if (!run.result) {
        console.log(`${engine}: failed (${run.reason})`)
        engines.push({ engine, status: 'failed', reason: run.reason })
        continue
      }
      const { buildMs, phases, openMs, peakRssMb, rssAfterSearchMb } = run.result
      engines.push({
        engine,
        status: 'ok',
        buildMs,
        phases,
        openMs,
        peakRssMb,
        rssAfterSearchMb,
        scores: scoreRun(run.result, truth),
      })
    }
    const renderer = options.isRendererMeasured
      ? runRenderer(options, corpusDir, join(tmp, 'renderer.json'))
      : undefined
    const cpu = cpus()
    const results: SizeResults = {
      renderer,
      size: options.size,
      date: new Date().toISOString(),
      machine: `${cpu.length}× ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
      corpus: { ...corpus, storedStories: prepared.result.stories },
      rounds: options.rounds,
      queries: queries.length,
      engines,
    }
    const benchDir = join(ROOT, 'bench')
    mkdirSync(benchDir, { recursive: true })
    writeResults(benchDir, results)
    console.log(
      `\n${markdown(results)}\n\nwrote bench/results-${options.size}.json and bench/RESULTS.md`,
    )
    return results
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

/** Runs the renderer bench over the corpus in a child of its own; undefined when it fails. */
function runRenderer(
  options: SizeBenchOptions,
  corpusDir: string,
  outFile: string,
): RendererFigures | undefined {
  const child = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin/run-ts.mjs'),
      join(ROOT, 'tests/bench/renderer/rendererBench.ts'),
      ...['--size', String(options.size), '--corpus', corpusDir, '--out', outFile],
    ],
    { stdio: 'inherit', timeout: options.timeoutMin * 60_000 },
  )
  if (child.status === 0 && existsSync(outFile)) {
    return JSON.parse(readFileSync(outFile, 'utf8')) as RendererFigures
  }
  console.log(`renderer bench: failed (${child.error ?? `exit ${child.status}`})`)
  return undefined
}

/** Every engine, Inkstone last so its ratios are printed after the baselines. */
export const DEFAULT_ENGINES = Object.keys(ENGINES)
