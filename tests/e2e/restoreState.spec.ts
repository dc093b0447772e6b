import type { Page } from '@playwright/test'
import type { ReaderSession } from '../../src/shared/session'
import { expect, test } from './fixtures'
import type { InkstonePage } from './pages/InkstonePage'
import { ReaderPane } from './pages/ReaderPane'

// Where the reader left off (view, order, search, open story and its scroll position) is kept
// with the library, so a reload, a restart or a new address opens the same screen.

/** The session the library holds now, asked over the bridge with the page's own token. */
const savedSession = async (page: Page, url: string): Promise<ReaderSession> => {
  const token = new URL(url).searchParams.get('token') ?? ''
  const reply = await page.request.post(new URL('/api/settings:get', url).href, {
    headers: { 'X-Inkstone-Token': token },
    data: { args: [] },
  })
  return ((await reply.json()) as { value: { session: ReaderSession } }).value.session
}

const rowTitle = async (inkstone: InkstonePage, index: number): Promise<string> =>
  (await inkstone.list.options.nth(index).locator('.story-row-title').innerText()).trim()

const rowTitles = (inkstone: InkstonePage) =>
  inkstone.list.options.locator('.story-row-title').allInnerTexts()

/** Opens the row at `index` and waits for the reader to show it. */
const openRow = async (inkstone: InkstonePage, index: number): Promise<string> => {
  const title = await rowTitle(inkstone, index)
  await inkstone.list.options.nth(index).click()
  await expect(inkstone.reader.headline).toHaveText(title)
  return title
}

test('open a story, scroll it, pick a view and an order, reload: all restored', async ({
  inkstone,
  page,
  server,
}) => {
  // A short window, so that the story scrolls (a story shown whole is marked read at once).
  await page.setViewportSize({ width: 1280, height: 420 })
  await inkstone.library.getByTestId('nav-unread').click()
  await inkstone.list.sort.selectOption('title')
  const title = await openRow(inkstone, 0)
  const scroller = inkstone.reader.scroller
  expect(await scroller.evaluate((el) => el.scrollHeight > el.clientHeight * 1.5)).toBe(true)
  // The reading position is saved once scrolling pauses.
  const progressSaved = page.waitForResponse((reply) => reply.url().includes('saveProgress'))
  await scroller.evaluate((el) => {
    el.scrollTop = (el.scrollHeight - el.clientHeight) * 0.5
  })
  const scrolled = await scroller.evaluate((el) => el.scrollTop)
  await progressSaved
  await expect.poll(async () => (await savedSession(page, server.url)).sort).toBe('title')
  await expect.poll(async () => (await savedSession(page, server.url)).openStoryId).not.toBeNull()
  const order = await rowTitles(inkstone)

  await page.reload()
  await expect(inkstone.reader.headline).toHaveText(title)
  await expect(inkstone.library.getByTestId('nav-unread')).toHaveAttribute('aria-current', 'page')
  await expect(inkstone.list.sort).toHaveValue('title')
  await expect(inkstone.list.activeOption()).toContainText(title)
  expect(await rowTitles(inkstone)).toEqual(order)
  const restored = await inkstone.reader.scroller.evaluate((el) => el.scrollTop)
  expect(Math.abs(restored - scrolled)).toBeLessThan(40)
  await inkstone.screenshot('restore-state')
})

test('a search, the Highlights view and a page are restored, in a new browser too', async ({
  inkstone,
  page,
  server,
  browser,
}) => {
  const searchBox = page.getByTestId('search-input')
  await searchBox.fill('职工')
  await expect(inkstone.list.hits.first()).toBeVisible()
  await expect.poll(async () => (await savedSession(page, server.url)).query).toBe('职工')
  await page.reload()
  await expect(searchBox).toHaveValue('职工')
  await expect(inkstone.list.hits.first()).toBeVisible()

  await searchBox.fill('')
  await inkstone.library.getByTestId('nav-highlights').click()
  await expect.poll(async () => (await savedSession(page, server.url)).view.kind).toBe('highlights')
  await page.reload()
  await expect(inkstone.library.getByTestId('nav-highlights')).toHaveAttribute(
    'aria-current',
    'page',
  )

  // A page: kept with the library, so a browser with nothing stored (a new profile, another
  // address) opens on it too.
  const pageButton = inkstone.sourceRows.first().getByRole('button').first()
  await pageButton.click()
  const pageTitles = await rowTitles(inkstone)
  await expect.poll(async () => (await savedSession(page, server.url)).view.kind).toBe('source')
  const fresh = await browser.newContext()
  try {
    const other = await fresh.newPage()
    await other.goto(server.url)
    const otherTitles = other.getByTestId('story-list').getByRole('option')
    await expect(otherTitles.first()).toBeVisible()
    expect(await otherTitles.locator('.story-row-title').allInnerTexts()).toEqual(pageTitles)
  } finally {
    await fresh.close()
  }
})

test('the Last opened order lists stories by when they were opened', async ({
  inkstone,
  page,
  server,
}) => {
  const first = await openRow(inkstone, 5)
  const second = await openRow(inkstone, 1)
  const third = await openRow(inkstone, 8)
  await inkstone.list.sort.selectOption('lastOpened')
  await expect(inkstone.list.options.nth(0)).toContainText(third)
  expect((await rowTitles(inkstone)).slice(0, 3)).toEqual([third, second, first])

  // Opening another keeps the rows where they are while reading; the order has it next time.
  const fourth = await openRow(inkstone, 6)
  expect((await rowTitles(inkstone)).slice(0, 3)).toEqual([third, second, first])
  await expect.poll(async () => (await savedSession(page, server.url)).sort).toBe('lastOpened')
  await page.reload()
  await expect(inkstone.list.sort).toHaveValue('lastOpened')
  await expect(inkstone.reader.headline).toHaveText(fourth)
  expect((await rowTitles(inkstone)).slice(0, 4)).toEqual([fourth, third, second, first])
  await expect(page.getByTestId('sort-select').locator('option[value="lastOpened"]')).toHaveText(
    'Last opened',
  )
})

test('a scroll just before a reload or a closed tab is kept (no pause needed)', async ({
  inkstone,
  page,
  server,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 420 })
  const title = await openRow(inkstone, 0)
  await expect.poll(async () => (await savedSession(page, server.url)).openStoryId).not.toBeNull()
  const scrollTo = (share: number) =>
    inkstone.reader.scroller.evaluate((el, part) => {
      el.scrollTop = (el.scrollHeight - el.clientHeight) * part
      return el.scrollTop
    }, share)
  const scrollTop = () => inkstone.reader.scroller.evaluate((el) => el.scrollTop)

  // Reloaded at once: well inside the pause after which a scroll is saved.
  const scrolled = await scrollTo(0.4)
  expect(scrolled).toBeGreaterThan(100)
  await page.reload()
  await expect(inkstone.reader.headline).toHaveText(title)
  await expect.poll(scrollTop).toBeGreaterThan(scrolled - 40)
  expect(Math.abs((await scrollTop()) - scrolled)).toBeLessThan(40)

  // The tab closed at once, the address opened in a new one.
  const further = await scrollTo(0.7)
  await page.close({ runBeforeUnload: true })
  const next = await context.newPage()
  await next.setViewportSize({ width: 1280, height: 420 })
  await next.goto(server.url)
  const reader = new ReaderPane(next)
  await expect(reader.headline).toHaveText(title)
  const reopenedTop = () => reader.scroller.evaluate((el) => el.scrollTop)
  await expect.poll(reopenedTop).toBeGreaterThan(further - 40)
  expect(Math.abs((await reopenedTop()) - further)).toBeLessThan(40)
})
