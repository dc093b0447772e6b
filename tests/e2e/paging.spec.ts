import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { importManyStories } from './manyStories'

const STORIES = 2_000

interface ApiCall {
  channel: string
  args: unknown[]
}

// Every request the page sends to the bridge, with its arguments (one POST per channel).
const recordApiCalls = (page: Page): ApiCall[] => {
  const calls: ApiCall[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (!path.startsWith('/api/')) return
    const body = JSON.parse(request.postData() ?? '{"args":[]}') as { args: unknown[] }
    calls.push({ channel: decodeURIComponent(path.slice(5)), args: body.args })
  })
  return calls
}

test.describe.configure({ timeout: 180_000 })

test('search shows the exact total past one page and loads more hits as the list scrolls', async ({
  inkstone,
  page,
}) => {
  const { list } = inkstone
  await importManyStories(inkstone, STORIES)
  const calls = recordApiCalls(page)

  // Every tenth generated story is a 劳模 one: 200 matches, four pages of 50.
  await inkstone.search('劳模简讯')
  await expect(list.searchSummary).toContainText('200 results')
  await expect(list.hits.first()).toBeVisible()
  const searches = () => calls.filter((call) => call.channel === 'search:query')
  expect(searches().map((call) => call.args[1])).toEqual([{ offset: 0, limit: 50 }])

  await list.searchResults.focus()
  await page.keyboard.press('End')
  await expect
    .poll(() => searches().map((call) => (call.args[1] as { offset: number }).offset))
    .toContain(50)
  // Keep going to the end: every hit is reachable, the count never changes.
  for (let round = 0; round < 10; round += 1) await page.keyboard.press('End')
  await expect(list.hits.last()).toHaveAttribute('aria-posinset', '200')
  await expect(list.searchSummary).toContainText('200 results')

  // All stories match: the count is the exact total, not the size of a page.
  await inkstone.search('简讯')
  await expect(list.searchSummary).toContainText('2,000 results')
  await inkstone.screenshot('search-paged')
})

test('a 2,000-story list scrolls by pages of summaries and never asks for the whole list', async ({
  inkstone,
  page,
}) => {
  const { list, reader } = inkstone
  const calls = recordApiCalls(page)
  await importManyStories(inkstone, STORIES)
  await expect.poll(() => list.storyCount()).toBeGreaterThanOrEqual(STORIES)
  // Opened on a library that already holds them, the first rows fill in (none stays a skeleton).
  await page.reload()
  await expect(list.options.first().getByTestId('story-row')).toBeVisible()
  await expect(list.skeletons).toHaveCount(0)

  await list.storyList.focus()
  await page.keyboard.press('End')
  const last = list.activeOption()
  await expect(last.getByTestId('story-row')).toBeVisible()
  await expect(list.skeletons).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(reader.headline).toHaveText((await last.locator('.story-row-title').textContent())!)

  // A wheel scroll through the middle lands on rows that load and show their headlines.
  await page.keyboard.press('Home')
  await list.storyList.hover()
  for (let step = 0; step < 20; step += 1) await page.mouse.wheel(0, 3_000)
  await expect(list.options.first().getByTestId('story-row')).toBeVisible()
  await expect(list.skeletons).toHaveCount(0)
  await inkstone.screenshot('story-list-paged')

  const channels = calls.map((call) => call.channel)
  expect(channels).toContain('stories:ids')
  expect(channels).not.toContain('stories:list')
  const pages = calls.filter((call) => call.channel === 'stories:summaries')
  expect(pages.length).toBeGreaterThan(1)
  for (const call of pages) expect((call.args[0] as string[]).length).toBeLessThanOrEqual(100)
})
