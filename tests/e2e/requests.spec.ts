import type { Page } from '@playwright/test'
import { Annotations } from './pages/Annotations'
import { expect, test } from './fixtures'

// One reader action costs one write and the few reads it invalidates (the shared query cache
// fetches each shown key once, whatever number of components show it).
const countApiRequests = (page: Page): { channels: string[] } => {
  const seen = { channels: [] as string[] }
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/api/')) seen.channels.push(decodeURIComponent(path.slice(5)))
  })
  return seen
}

// Waits until no request has been made for a while, so late refetches are counted too.
const settle = async (page: Page, seen: { channels: string[] }): Promise<void> => {
  let count = -1
  while (count !== seen.channels.length) {
    count = seen.channels.length
    await page.waitForTimeout(600)
  }
}

test('creating a highlight sends at most 3 requests', async ({ inkstone, page }) => {
  const notes = new Annotations(page)
  await inkstone.list.options.first().click()
  const text = (await inkstone.reader.paragraphs.first().innerText()).slice(2, 10)
  const seen = countApiRequests(page)
  await settle(page, seen)
  seen.channels.length = 0

  await notes.select(text)
  await notes.toolbar.getByTestId('highlight-yellow').click()
  await expect(notes.mark(text)).toHaveClass(/hl-yellow/)
  await settle(page, seen)
  expect(seen.channels).toContain('highlights:create')
  expect(seen.channels.length, seen.channels.join(', ')).toBeLessThanOrEqual(3)
})

// A favourite can change which stories a list holds (Favourites): the list's ids are fetched
// again, and so are the shown rows' summaries (the list is ids plus pages of summaries).
test('toggling a favourite sends at most 4 requests', async ({ inkstone, page }) => {
  await inkstone.list.options.first().click()
  const seen = countApiRequests(page)
  await settle(page, seen)
  seen.channels.length = 0

  await page.keyboard.press('s')
  await settle(page, seen)
  expect(seen.channels).toContain('stories:setFavorite')
  expect(seen.channels.length, seen.channels.join(', ')).toBeLessThanOrEqual(4)
})
