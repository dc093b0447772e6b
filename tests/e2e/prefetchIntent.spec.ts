import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { storyGets } from './storyGets'

const idOf = async (option: Locator): Promise<string> =>
  ((await option.getAttribute('id')) ?? '').replace('story-list-option-', '')

// A story is asked for as soon as the reader seems about to open it: the pointer resting on its
// row, or the keys staying on it. The click or Enter then opens it from the cache.
test('resting the pointer on a row fetches its story once; the click opens it without asking again', async ({
  inkstone,
  page,
}) => {
  const row = inkstone.list.options.nth(2)
  const id = await idOf(row)
  const title = (await row.locator('.story-row-title').innerText()).trim()
  const gets = storyGets(page)
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/stories:get'))
  await row.hover()
  await answered
  expect(gets.of(id)).toBe(1)
  // Only hovered: nothing is opened.
  await expect(inkstone.reader.headline).toHaveCount(0)
  await row.click()
  await expect(inkstone.reader.headline).toHaveText(title)
  await expect(inkstone.reader.paragraphs.first()).toBeVisible()
  expect(gets.of(id)).toBe(1)
})

test('a pointer crossing the list asks for nothing on the way', async ({ inkstone, page }) => {
  const first = (await inkstone.list.options.nth(0).boundingBox())!
  const last = (await inkstone.list.options.nth(4).boundingBox())!
  const gets = storyGets(page)
  const x = first.x + first.width / 2
  await page.mouse.move(x, first.y + 4)
  // Across five rows in about 25 ms: no row is rested on long enough.
  await page.mouse.move(x, last.y + last.height - 4, { steps: 5 })
  await page.mouse.move(first.x + first.width + 400, 10)
  await page.waitForTimeout(300)
  // None, or one where a step of the move was slow on a busy machine; never a row each.
  expect(gets.ids().length).toBeLessThanOrEqual(1)
})

test('keys resting on a row fetch its story; Enter opens it and its neighbours are asked for', async ({
  inkstone,
  page,
}) => {
  const gets = storyGets(page)
  await inkstone.list.storyList.focus()
  // Focus from the keyboard starts on the first row; two steps down reach the third.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const third = inkstone.list.options.nth(2)
  await expect(third).toHaveAttribute('aria-selected', 'true')
  const id = await idOf(third)
  await expect.poll(() => gets.of(id)).toBe(1)
  const title = (await third.locator('.story-row-title').innerText()).trim()
  await page.keyboard.press('Enter')
  await expect(inkstone.reader.headline).toHaveText(title)
  expect(gets.of(id)).toBe(1)
  // Once it is up, the stories before and after it in the list are in the cache too.
  const before = await idOf(inkstone.list.options.nth(1))
  const after = await idOf(inkstone.list.options.nth(3))
  await expect.poll(() => [gets.of(before), gets.of(after)]).toEqual([1, 1])
})
