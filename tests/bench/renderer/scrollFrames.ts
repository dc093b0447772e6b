import type { Page } from 'playwright-core'

/** Frame times while the story list was scrolled from top to bottom. */
export interface ScrollFrames {
  frames: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Share of frames longer than one 60 Hz frame (16.7 ms), in %. */
  over16Pct: number
  /** Share of frames longer than two (33.3 ms), in %. */
  over33Pct: number
  /** Share of frames that showed at least one skeleton row, in %. */
  skeletonPct: number
  totalMs: number
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

const SCROLL_SCRIPT = `async (step) => {
  const scroller = document.querySelector('[data-testid="story-list"]')
  if (!scroller) throw new Error('no story list')
  scroller.scrollTop = 0
  const deltas = []
  let skeletonFrames = 0
  let stuckFrames = 0
  const start = performance.now()
  await new Promise((done) => {
    let last = performance.now()
    const frame = (now) => {
      deltas.push(now - last)
      last = now
      if (scroller.querySelector('[data-testid="story-row-skeleton"]')) skeletonFrames += 1
      const before = scroller.scrollTop
      scroller.scrollTop = before + step
      // Virtuoso grows the scroll height as it measures rows: stop once it no longer moves.
      const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1
      stuckFrames = scroller.scrollTop === before ? stuckFrames + 1 : 0
      if ((atEnd && stuckFrames > 30) || deltas.length > 20000) done()
      else requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
  // The frames spent waiting at the end scrolled nothing: leave them out.
  return { deltas: deltas.slice(1, deltas.length - stuckFrames), skeletonFrames, totalMs: performance.now() - start }
}`

/**
 * Scrolls the story list by `stepPx` every animation frame until its end, recording each
 * requestAnimationFrame delta in the page (as a fast, steady wheel or scrollbar drag would).
 */
export const measureScroll = async (page: Page, stepPx: number): Promise<ScrollFrames> => {
  // A string, not a function: tsx's transform would add helpers the page does not have.
  const result = (await page.evaluate(`(${SCROLL_SCRIPT})(${stepPx})`)) as {
    deltas: number[]
    skeletonFrames: number
    totalMs: number
  }
  const sorted = [...result.deltas].sort((a, b) => a - b)
  const share = (limit: number) => (100 * sorted.filter((d) => d > limit).length) / sorted.length
  return {
    frames: sorted.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1) ?? 0,
    over16Pct: share(16.7),
    over33Pct: share(33.4),
    skeletonPct: (100 * result.skeletonFrames) / Math.max(1, result.deltas.length + 1),
    totalMs: result.totalMs,
  }
}
