import { performance } from 'node:perf_hooks'
import type { Page } from 'playwright-core'

/** Story opens by a click, timed by Playwright and in the page. */
export interface StoryOpens {
  /** A row not asked for before its press (not hovered, not next to the open story). */
  openStoryMs: number[]
  inPageMs: number[]
  /** The row after the open story, clicked once it has been read a moment (asked for then). */
  nextOpenMs: number[]
  nextInPageMs: number[]
}

const ROUNDS = 5
// How long the reader looks at a story before clicking the next row.
const READ_MS = 400

// In the page: from the row's pointerdown to the frame after the story's headline and first
// paragraph are in the document (Playwright's click adds its own checks before it presses).
const watchOpen = (title: string): string => `(() => {
  window.__openMs = null
  let downAt = null
  document.addEventListener('pointerdown', () => { downAt = performance.now() },
    { capture: true, once: true })
  const observer = new MutationObserver(() => {
    const article = document.querySelector('[data-testid="story-article"]')
    const heading = article && article.querySelector('h1')
    if (!heading || !heading.textContent.includes(${JSON.stringify(title)})) return
    if (!article.querySelector('.story-body p')) return
    observer.disconnect()
    requestAnimationFrame(() => setTimeout(() => { window.__openMs = performance.now() - downAt }))
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
})()`

const option = (page: Page, position: number) =>
  page.locator(`[data-testid="story-list"] [role="option"][aria-posinset="${position}"]`)

const open = async (page: Page, position: number): Promise<[number, number]> => {
  const row = option(page, position)
  const title = (await row.locator('.story-row-title').textContent()) ?? ''
  await page.evaluate(watchOpen(title))
  const t0 = performance.now()
  await row.click()
  const article = page.getByTestId('story-article')
  await article.getByRole('heading', { level: 1, name: title }).waitFor()
  await article.locator('.story-body p').first().waitFor()
  const playwrightMs = performance.now() - t0
  // Polled by evaluate: waitForFunction's string predicate needs eval, which the CSP refuses.
  while ((await page.evaluate('window.__openMs')) === null) await page.waitForTimeout(10)
  return [playwrightMs, (await page.evaluate('window.__openMs')) as number]
}

/**
 * Opens rows 2, 5, 8 ... (three apart, so none is next to the story open before it) and, after
 * each, the row below it once the story has been up for READ_MS. The list is scrolled three rows
 * a round so the rows clicked are rendered.
 */
export const measureStoryOpens = async (page: Page): Promise<StoryOpens> => {
  const opens: StoryOpens = { openStoryMs: [], inPageMs: [], nextOpenMs: [], nextInPageMs: [] }
  const rowHeight = (await option(page, 1).boundingBox())?.height ?? 110
  for (let round = 0; round < ROUNDS; round += 1) {
    const position = 3 * round + 2
    await page.evaluate(
      `document.querySelector('[data-testid="story-list"]').scrollTo(0, ${round * 3 * rowHeight})`,
    )
    await option(page, position + 1).waitFor()
    const [coldMs, coldInPageMs] = await open(page, position)
    opens.openStoryMs.push(coldMs)
    opens.inPageMs.push(coldInPageMs)
    await page.waitForTimeout(READ_MS)
    const [nextMs, nextInPageMs] = await open(page, position + 1)
    opens.nextOpenMs.push(nextMs)
    opens.nextInPageMs.push(nextInPageMs)
  }
  return opens
}
