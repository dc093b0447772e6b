import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BuildPhases } from '../engines/types'
import type { KindScore } from './score'
import type { RendererFigures } from '../renderer/rendererBench'

/** One engine's line in the results: figures, or why there are none. */
export interface EngineResult {
  engine: string
  status: 'ok' | 'failed' | 'skipped'
  reason?: string
  buildMs?: number
  phases?: BuildPhases
  openMs?: number
  peakRssMb?: number
  rssAfterSearchMb?: number
  scores?: Record<string, KindScore>
}

/** Everything one `npm run bench -- --size N` found, as written to bench/results-N.json. */
export interface SizeResults {
  size: number
  date: string
  machine: string
  corpus: { pages: number; stories: number; characters: number; storedStories: number }
  rounds: number
  queries: number
  engines: EngineResult[]
  /** The reader in Chromium over the same corpus, when measured. */
  renderer?: RendererFigures
}

const f = (n: number | undefined, digits = 1): string =>
  n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits)

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`

/** The Markdown tables for one size: engines overall, latency and recall per kind, ratios. */
export function markdown(results: SizeResults): string {
  const ok = results.engines.filter((each) => each.status === 'ok')
  const ink = ok.find((each) => each.engine === 'inkstone')
  const lines = [
    `## ${results.size} stories (${results.corpus.storedStories} stored, ${results.corpus.pages} pages, ` +
      `${(results.corpus.characters / 1e6).toFixed(1)} M chars)`,
    '',
    `${results.date}, ${results.machine}; ${results.queries} queries × ${results.rounds} rounds.`,
    '',
    row([
      'engine',
      'status',
      'build s',
      'open+1st ms',
      'peak RSS MB',
      'p50 ms',
      'p95 ms',
      'max ms',
      'recall',
      'precision',
      'totals right',
    ]),
    row(Array(11).fill('---')),
  ]
  for (const each of results.engines) {
    const all = each.scores?.all
    lines.push(
      row([
        each.engine,
        each.status === 'ok' ? 'ok' : `${each.status}: ${each.reason ?? ''}`,
        f(each.buildMs === undefined ? undefined : each.buildMs / 1000),
        f(each.openMs),
        f(each.peakRssMb, 0),
        f(all?.p50, 2),
        f(all?.p95, 2),
        f(all?.max, 1),
        f(all?.recall, 3),
        f(all?.precision, 3),
        all ? `${all.totalsRight}/${all.queries}` : '–',
      ]),
    )
  }
  for (const each of results.engines) {
    const phases = each.phases
    if (!phases) continue
    lines.push(
      '',
      `${each.engine}, as the app imports: pages stored and indexed ${f((phases.importMs ?? NaN) / 1000)} s, ` +
        `index segments merged ${f((phases.indexMs ?? NaN) / 1000)} s after that on the indexer thread; search p95 throughout ` +
        `${f(phases.searchDuringIndexP95Ms)} ms; the serving thread blocked at most ${f(phases.worstBlockMs, 0)} ms; ` +
        `memory at most ${f(phases.peakImportRssMb, 0)} MB while importing and indexing, ${f(phases.openRssMb, 0)} MB in a fresh process after opening and one search.`,
    )
  }
  const kinds = Object.keys(ok[0]?.scores ?? {}).filter((kind) => kind !== 'all')
  lines.push('', 'Per kind: p50 ms / p95 ms / recall / precision', '')
  lines.push(row(['kind', ...ok.map((each) => each.engine)]), row(Array(ok.length + 1).fill('---')))
  for (const kind of kinds) {
    lines.push(
      row([
        kind,
        ...ok.map((each) => {
          const s = each.scores?.[kind]
          return s
            ? `${f(s.p50, 2)} / ${f(s.p95, 2)} / ${f(s.recall, 2)} / ${f(s.precision, 2)}`
            : '–'
        }),
      ]),
    )
  }
  if (ink?.scores) {
    const ratio = (a?: number, b?: number): string => (a && b ? `${(a / b).toFixed(2)}×` : '–')
    lines.push(
      '',
      'Ratios to Inkstone (engine / inkstone; under 1 means the engine is smaller or faster)',
      '',
    )
    lines.push(
      row(['engine', 'build', 'open', 'peak RSS', 'p50', 'p95']),
      row(Array(6).fill('---')),
    )
    for (const each of ok) {
      lines.push(
        row([
          each.engine,
          ratio(each.buildMs, ink.buildMs),
          ratio(each.openMs, ink.openMs),
          ratio(each.peakRssMb, ink.peakRssMb),
          ratio(each.scores?.all.p50, ink.scores.all.p50),
          ratio(each.scores?.all.p95, ink.scores.all.p95),
        ]),
      )
    }
  }
  if (results.renderer) lines.push('', ...rendererLines(results.renderer))
  return lines.join('\n')
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]

// New-tab loads in the page: the first rows (the first paint's, or the app's) and, where the
// results have it, when the app's own rows were up (results before the first paint lack it).
const firstRowsCell = (figures: RendererFigures): string => {
  const rows = figures.firstRows
  if (!rows) return f(figures.firstRowsMs, 0)
  const first = f(median(rows.warmInPageMs), 0)
  return rows.warmLiveInPageMs
    ? `${first} (app live ${f(median(rows.warmLiveInPageMs), 0)})`
    : first
}

/** The reader's figures in Chromium (web mode) as a small table. */
const rendererLines = (figures: RendererFigures): string[] => {
  const { scroll } = figures
  const search = figures.searchFirstHitsMs.map((each) => each.ms)
  return [
    `The reader in Chromium (web mode) over the same ${figures.storyCount} stories:`,
    '',
    row([
      'first list rows ms (new tab, in the page, median)',
      'scroll p50 / p95 / max ms',
      'frames > 16.7 / 33 ms',
      'open story ms',
      'headline edit shown ms',
      'tag shown ms',
      'type -> first hits ms',
    ]),
    row(Array(7).fill('---')),
    row([
      firstRowsCell(figures),
      `${f(scroll.p50Ms)} / ${f(scroll.p95Ms)} / ${f(scroll.maxMs, 0)}`,
      `${f(scroll.over16Pct)} % / ${f(scroll.over33Pct)} %`,
      f(median(figures.openStoryMs), 0),
      f(median(figures.headlineEditMs), 0),
      f(median(figures.tagMs), 0),
      `${f(median(search), 0)} (median of ${search.length})`,
    ]),
  ]
}

/** Writes bench/results-N.json and rebuilds bench/RESULTS.md from every results file there. */
export function writeResults(benchDir: string, results: SizeResults): void {
  writeFileSync(join(benchDir, `results-${results.size}.json`), JSON.stringify(results, null, 2))
  const all = readdirSync(benchDir)
    .filter((name) => /^results-\d+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(join(benchDir, name), 'utf8')) as SizeResults)
    .sort((a, b) => a.size - b.size)
  const text = [
    '# Search benchmark (issue 9)',
    '',
    'Written by `npm run bench -- --size N`; see tests/bench/sizeBench.ts for what is measured.',
    '',
    ...all.map(markdown).flatMap((section) => [section, '']),
  ].join('\n')
  writeFileSync(join(benchDir, 'RESULTS.md'), text)
}
