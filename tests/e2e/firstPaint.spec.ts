import type { Page, Route } from '@playwright/test'
import { expect, test } from './fixtures'
import { InkstonePage } from './pages/InkstonePage'
import { bridgeOf } from './xssBridge'

// The first paint (src/renderer/src/app/firstPaint): the list's first rows drawn from the first
// screen's answers before the app's script runs. Holding that script back keeps it on screen.

const FIRST_ROW = '[data-testid="first-paint-row"]'

/** Holds the app's chunk back until the returned function is called. */
const holdAppScript = async (page: Page): Promise<() => void> => {
  let release: () => void = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/startApp-[^/]*\.js$/, async (route: Route) => {
    await released
    await route.continue()
  })
  return release
}

/** Each row headline's box (rounded) and text, from the first `count` rows. */
const headlines = (page: Page, rows: string, count: number) =>
  page.locator(`${rows} .story-row-title`).evaluateAll(
    (titles, n) =>
      titles.slice(0, n).map((title) => {
        const box = title.getBoundingClientRect()
        return [title.textContent, Math.round(box.x), Math.round(box.y), Math.round(box.width)]
      }),
    count,
  )

test('the first rows show before the app runs, where the app then shows them', async ({
  page,
  server,
}) => {
  const release = await holdAppScript(page)
  await page.goto(server.url)
  await expect(page.locator(FIRST_ROW).first()).toBeVisible()
  // Nothing of the app yet: its list, and its controls, come with its script.
  await expect(page.getByRole('option')).toHaveCount(0)
  const early = await headlines(page, FIRST_ROW, 4)
  expect(early).toHaveLength(4)

  release()
  const inkstone = new InkstonePage(page)
  await expect(inkstone.list.options.first()).toBeVisible()
  await expect(page.getByTestId('first-paint')).toHaveCount(0)
  // The same stories, in the same places: the app's first render moved nothing.
  expect(await headlines(page, '[data-testid="story-list"]', 4)).toEqual(early)
})

test('a row clicked before the app runs is the story it opens', async ({ page, server }) => {
  const release = await holdAppScript(page)
  await page.goto(server.url)
  const second = page.locator(FIRST_ROW).nth(1)
  const title = (await second.locator('.story-row-title').textContent()) ?? ''
  await second.click()
  await expect(second).toHaveClass(/is-open/)

  release()
  const inkstone = new InkstonePage(page)
  await expect(inkstone.reader.headline).toHaveText(title)
  await expect(inkstone.list.option(title)).toHaveAttribute('aria-current', 'true')
})

test('the first paint has the reader’s theme; a search left open is left to the app', async ({
  page,
  server,
}) => {
  const call = bridgeOf(server)
  await call('settings:update', { theme: 'dark' })
  const release = await holdAppScript(page)
  await page.goto(server.url)
  await expect(page.locator(FIRST_ROW).first()).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  release()
  await expect(new InkstonePage(page).list.options.first()).toBeVisible()

  // A session left on a search shows its results, not the list: nothing is drawn ahead.
  const settings = await call<{ session: Record<string, unknown> }>('settings:get')
  await call('settings:update', { session: { ...settings.session, query: '工会' } })
  const next = await page.context().newPage()
  const releaseNext = await holdAppScript(next)
  await next.goto(server.url)
  await next.waitForTimeout(1_000)
  await expect(next.locator(FIRST_ROW)).toHaveCount(0)
  releaseNext()
  await expect(next.getByTestId('search-hit').first()).toBeVisible()
  await expect(next.getByTestId('search-input')).toHaveValue('工会')
})

test('a dark reader’s page starts dark, before its settings have answered', async ({
  page,
  server,
}) => {
  await bridgeOf(server)('settings:update', { theme: 'dark' })
  const inkstone = new InkstonePage(page)
  await inkstone.open(server.url)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

  // Opened again with the settings' answer held back: the page is dark from its first script.
  let answer: () => void = () => {}
  const answered = new Promise<void>((resolve) => (answer = resolve))
  let isHeld = false
  await page.route(/\/api\/settings(:|%3A)get$/, async (route) => {
    isHeld = true
    await answered
    await route.continue()
  })
  await page.reload()
  await expect.poll(() => isHeld).toBe(true)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  // No first paint without the settings (it needs their pane widths).
  await expect(page.locator(FIRST_ROW)).toHaveCount(0)
  answer()
  await expect(inkstone.list.options.first()).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})
