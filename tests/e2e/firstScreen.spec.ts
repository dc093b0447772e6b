import { expect, test } from './fixtures'
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

  // The rows' requests left before the first row was shown...
  for (const channel of ['settings:get', 'stories:ids', 'stories:summaries']) {
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
