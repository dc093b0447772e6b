import type { RendererFigures } from './rendererBench'

const ms = (value: number | null): string => (value === null ? '-' : `${value.toFixed(1)} ms`)
const pct = (value: number): string => `${value.toFixed(1)} %`
const spread = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b)
  return `median ${ms(sorted[sorted.length >> 1])}, max ${ms(sorted.at(-1) ?? 0)} (n=${values.length})`
}

/** Prints the renderer bench's figures as a two-column table. */
export const printFigures = (figures: RendererFigures): void => {
  const { scroll } = figures
  const rows: Array<[string, string]> = [
    ['stories (asked / listed)', `${figures.size} / ${figures.storyCount}`],
    ['build: import', ms(figures.importMs)],
    ['build: search index', ms(figures.indexMs)],
    ['page load -> first list rows painted', ms(figures.firstRowsMs)],
    ...(figures.firstRows
      ? ([
          ['  in the page (navigation -> painted)', ms(figures.firstRows.inPageMs)],
          ['  in the page, the app live', ms(figures.firstRows.liveInPageMs)],
          ['  warm server, new context', spread(figures.firstRows.warmPlaywrightMs)],
          ['    in the page', spread(figures.firstRows.warmInPageMs)],
          ['    in the page, the app live', spread(figures.firstRows.warmLiveInPageMs)],
        ] as Array<[string, string]>)
      : []),
    [`scroll top->bottom: frames`, `${scroll.frames} in ${ms(scroll.totalMs)}`],
    [
      'scroll frame p50 / p95 / max',
      `${ms(scroll.p50Ms)} / ${ms(scroll.p95Ms)} / ${ms(scroll.maxMs)}`,
    ],
    ['scroll frames > 16.7 ms / > 33 ms', `${pct(scroll.over16Pct)} / ${pct(scroll.over33Pct)}`],
    ['scroll frames showing a skeleton row', pct(scroll.skeletonPct)],
    ['open story (click -> body text)', spread(figures.openStoryMs)],
    ...(figures.openStoryInPageMs
      ? [
          ['  in the page (pointerdown -> painted)', spread(figures.openStoryInPageMs)] as [
            string,
            string,
          ],
        ]
      : []),
    ...(figures.openNextMs && figures.openNextInPageMs
      ? ([
          ['open the next row (click -> body text)', spread(figures.openNextMs)],
          ['  in the page (pointerdown -> painted)', spread(figures.openNextInPageMs)],
        ] as Array<[string, string]>)
      : []),
    ['headline edit -> shown in list', spread(figures.headlineEditMs)],
    ['tag added -> chip in list', spread(figures.tagMs)],
    ...figures.searchFirstHitsMs.map(({ query, ms: time }): [string, string] => [
      `search "${query}": type -> first hits`,
      ms(time),
    ]),
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  console.log(`\nRenderer bench (${figures.size} stories, Chromium, web bridge)`)
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`)
}
