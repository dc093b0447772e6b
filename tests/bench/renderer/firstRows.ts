import { performance } from 'node:perf_hooks'
import type { Browser, Page } from 'playwright-core'

/** How long the story list took to show its first rows, in milliseconds. */
export interface FirstRows {
  /** The first load (a server that just opened the library): goto -> the first row painted. */
  playwrightMs: number
  /**
   * The same load in the page: navigation start -> the frame after the first row is in,
   * whichever draws it first: the first paint (src/renderer/src/app/firstPaint) or the app.
   */
  inPageMs: number
  /** The same load: navigation start -> the frame after the app's own first row is in. */
  liveInPageMs: number
  /** Later loads, each in a new browser context (no HTTP or code cache), the server warm. */
  warmPlaywrightMs: number[]
  warmInPageMs: number[]
  warmLiveInPageMs: number[]
}

const LIVE_ROW = '[data-testid="story-list"] [data-testid="story-row"]'
const ANY_ROW = `[data-testid="first-paint-row"], ${LIVE_ROW}`
const WARM_LOADS = 6
// Between loads: the page before has asked for its library pane's lists and idle-time chunks.
const SETTLE_MS = 1_500
const VIEWPORT = { width: 1280, height: 800 }

// Runs before the page's own scripts: resolves with the time from navigation start (the origin
// of performance.now()) to the frame after a row is in the document (rAF, then a task after
// that frame), for the first row of either kind and for the app's own. Awaited through one
// evaluate in the page's own world: Playwright's locators would first load their ~50 ms
// injected script on the page's thread, which a reader never runs.
const PROBE = `(() => {
  const painted = (selector) => new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return
      observer.disconnect()
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))
    })
    observer.observe(document, { subtree: true, childList: true })
  })
  window.__firstRowPainted = painted(${JSON.stringify(ANY_ROW)})
  window.__liveRowPainted = painted(${JSON.stringify(LIVE_ROW)})
})()`

const load = async (
  page: Page,
  url: string,
): Promise<{ playwrightMs: number; inPageMs: number; liveInPageMs: number }> => {
  await page.addInitScript(PROBE)
  const t0 = performance.now()
  await page.goto(url)
  const inPageMs = (await page.evaluate('window.__firstRowPainted')) as number
  const playwrightMs = performance.now() - t0
  const liveInPageMs = (await page.evaluate('window.__liveRowPainted')) as number
  return { playwrightMs, inPageMs, liveInPageMs }
}

/**
 * Loads the app once for the figures and the rest of the bench (the page is returned, its rows
 * shown), then a few more times in fresh contexts for medians.
 */
export const measureFirstRows = async (
  browser: Browser,
  url: string,
): Promise<{ page: Page; firstRows: FirstRows }> => {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' })
  const first = await load(page, url)
  const warmPlaywrightMs: number[] = []
  const warmInPageMs: number[] = []
  const warmLiveInPageMs: number[] = []
  for (let round = 0; round < WARM_LOADS; round += 1) {
    await page.waitForTimeout(SETTLE_MS)
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' })
    const loaded = await load(await context.newPage(), url)
    warmPlaywrightMs.push(loaded.playwrightMs)
    warmInPageMs.push(loaded.inPageMs)
    warmLiveInPageMs.push(loaded.liveInPageMs)
    await context.close()
  }
  return { page, firstRows: { ...first, warmPlaywrightMs, warmInPageMs, warmLiveInPageMs } }
}
