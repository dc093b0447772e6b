import type { PageResult } from './measurePages'

const mean = (values: number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return 0
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const pct = (count: number, of: number): string =>
  of === 0 ? '-' : `${((100 * count) / of).toFixed(1)} % (${count}/${of})`

/** The figures of one splitter over a set of pages, as label/value rows. */
function figures(results: readonly PageResult[]): Array<[string, string]> {
  const f1 = mean(results.map((result) => result.content.f1))
  const precision = mean(results.map((result) => result.content.precision))
  const recall = mean(results.map((result) => result.content.recall))
  const counts = results.map((result) => result.stories)
  const withByline = results.filter((result) => result.hasExpectedByline)
  return [
    [
      'content F1 (precision / recall)',
      `${f1.toFixed(3)} (${precision.toFixed(3)} / ${recall.toFixed(3)})`,
    ],
    [
      'title as expected',
      pct(results.filter((result) => result.isTitleExact).length, results.length),
    ],
    [
      'title, site name aside',
      pct(results.filter((result) => result.isTitleSiteAside).length, results.length),
    ],
    [
      'byline found (pages with one)',
      pct(withByline.filter((result) => result.byline !== null).length, withByline.length),
    ],
    [
      'byline agrees',
      pct(withByline.filter((result) => result.isBylineAgreeing).length, withByline.length),
    ],
    ['stories per page: median / max', `${median(counts)} / ${Math.max(0, ...counts)}`],
    [
      'pages with exactly one story',
      pct(counts.filter((count) => count === 1).length, counts.length),
    ],
    [
      'time per page: median / max',
      `${median(results.map((r) => r.ms)).toFixed(0)} ms / ${Math.max(0, ...results.map((r) => r.ms)).toFixed(0)} ms`,
    ],
  ]
}

/** Prints the figures of each splitter side by side, for all pages and for a subset. */
export function printComparison(
  title: string,
  columns: ReadonlyArray<[string, readonly PageResult[]]>,
): void {
  const tables = columns.map(([, results]) => figures(results))
  const labels = tables[0].map(([label]) => label)
  const width = Math.max(...labels.map((label) => label.length))
  const cell = Math.max(
    ...columns.map(([name]) => name.length),
    ...tables.flat().map(([, value]) => value.length),
  )
  console.log(`\n${title}`)
  console.log(`  ${''.padEnd(width)}  ${columns.map(([name]) => name.padEnd(cell)).join('  ')}`)
  labels.forEach((label, row) =>
    console.log(
      `  ${label.padEnd(width)}  ${tables.map((table) => table[row][1].padEnd(cell)).join('  ')}`,
    ),
  )
}

/** Prints the pages where the new splitter scores lowest, to see what it misses. */
export function printWorst(results: readonly PageResult[], count: number): void {
  const worst = [...results].sort((a, b) => a.content.f1 - b.content.f1).slice(0, count)
  console.log(`\nLowest content F1 (${count} pages)`)
  for (const result of worst) {
    const { f1, precision, recall } = result.content
    console.log(
      `  ${result.name.padEnd(36)} F1 ${f1.toFixed(3)}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  stories ${result.stories}  title ${JSON.stringify(result.title)}`,
    )
  }
}
