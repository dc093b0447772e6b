import { performance } from 'node:perf_hooks'
import type { Browser, Page } from 'playwright-core'

/** How long the story list took to show its first rows, in milliseconds. */
export interface FirstRows {
  /** The first load (a server that just opened the library): goto -> a row found by Playwright. */
  playwrightMs: number
  /** The same load in the page: navigation start -> the frame after the first row is in. */
  inPageMs: number
  /** Later loads, each in a new browser context (no HTTP or code cache), the server warm. */
  warmPlaywrightMs: number[]
  warmInPageMs: number[]
}

const ROW = '[data-testid="story-list"] [data-testid="story-row"]'
const WARM_LOADS = 4
const VIEWPORT = { width: 1280, height: 800 }

// Runs before the page's own scripts: the time from navigation start (performance.now()'s
// origin) to the frame after the first row is in the document (rAF, then a task after paint).
const PROBE = `(() => {
  window.__firstRowMs = null
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(ROW)})) return
    observer.disconnect()
    requestAnimationFrame(() => setTimeout(() => { window.__firstRowMs = performance.now() }))
  })
  observer.observe(document, { subtree: true, childList: true })
})()`

const load = async (
  page: Page,
  url: string,
): Promise<{ playwrightMs: number; inPageMs: number }> => {
  await page.addInitScript(PROBE)
  const t0 = performance.now()
  await page.goto(url)
  await page.locator(ROW).first().waitFor()
  const playwrightMs = performance.now() - t0
  // Polled by evaluate: waitForFunction's string predicate needs eval, which the CSP refuses.
  while ((await page.evaluate('window.__firstRowMs')) === null) await page.waitForTimeout(5)
  return { playwrightMs, inPageMs: (await page.evaluate('window.__firstRowMs')) as number }
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
  for (let round = 0; round < WARM_LOADS; round += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' })
    const loaded = await load(await context.newPage(), url)
    warmPlaywrightMs.push(loaded.playwrightMs)
    warmInPageMs.push(loaded.inPageMs)
    await context.close()
  }
  return { page, firstRows: { ...first, warmPlaywrightMs, warmInPageMs } }
}
