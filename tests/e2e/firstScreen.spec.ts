import { expect, test } from './fixtures'
import { importManyStories } from './manyStories'
import { InkstonePage } from './pages/InkstonePage'

// Runs before the page's scripts: when the first story row enters the document, and when each
// /api request left (Resource Timing, both from navigation start).
const RECORD = `(() => {
  window.__firstRowAt = null
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="story-list"] [data-testid="story-row"]')) return
    observer.disconnect()
    window.__firstRowAt = performance.now()
  })
  observer.observe(document, { subtree: true, childList: true })
})()`

interface Sent {
  channel: string
  at: number
}

const PANE_LISTS = ['library:info', 'sources:list', 'tags:list', 'collections:list']

test('the first rows are asked for and shown before the library pane asks for its lists', async ({
  page,
  server,
}) => {
  await page.addInitScript(RECORD)
  const inkstone = new InkstonePage(page)
  await inkstone.open(server.url)
  // The pane fills in afterwards: its pages and the library's story count.
  await expect(inkstone.sourceRows.first()).toBeVisible()
  await expect(page.getByTestId('nav-all')).toContainText(/\d/)

  const { firstRowAt, sent } = await page.evaluate(() => ({
    firstRowAt: (window as unknown as { __firstRowAt: number | null }).__firstRowAt,
    sent: performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.startsWith('/api/'))
      .map((entry) => ({
        channel: decodeURIComponent(new URL(entry.name).pathname.slice(5)),
        at: entry.startTime,
      })),
  }))
  expect(firstRowAt).not.toBeNull()
  const when = (channel: string): Sent[] => sent.filter((request) => request.channel === channel)
  const summary = sent.map((request) => `${request.channel}@${Math.round(request.at)}`).join(', ')

  // The rows' requests (the list's ids and first summaries in one) left before the first row
  // was shown...
  for (const channel of ['settings:get', 'stories:firstPage']) {
    expect(when(channel).length, summary).toBeGreaterThan(0)
    expect(when(channel)[0].at, summary).toBeLessThan(firstRowAt as number)
  }
  // ...and the pane's lists only after it: they no longer take the machine from the rows.
  for (const channel of PANE_LISTS) {
    expect(when(channel).length, summary).toBeGreaterThan(0)
    for (const request of when(channel)) {
      expect(request.at, summary).toBeGreaterThan(firstRowAt as number)
    }
  }
})

test('the first screen asks for one page of summaries, the rows it shows', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000)
  await page.addInitScript(RECORD)
  const inkstone = new InkstonePage(page)
  await inkstone.open(server.url)
  await importManyStories(inkstone, 250)
  await expect.poll(() => inkstone.list.storyCount()).toBeGreaterThanOrEqual(250)
  await page.reload()
  await expect(inkstone.list.options.first().getByTestId('story-row')).toBeVisible()

  const early = await page.evaluate(() => {
    const firstRowAt = (window as unknown as { __firstRowAt: number | null }).__firstRowAt ?? 0
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < firstRowAt)
      .map((entry) => decodeURIComponent(new URL(entry.name).pathname))
      .filter((path) => /^\/api\/stories:(summaries|firstPage)$/.test(path))
  })
  // Rows 0-39 and their overscan fit in the first page of 100 (two pages were asked for), and
  // it came with the list's ids: one request, no page of summaries asked for on its own.
  expect(early).toEqual(['/api/stories:firstPage'])
  await expect(inkstone.list.skeletons).toHaveCount(0)
})
