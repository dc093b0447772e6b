import { expect, test } from './fixtures'
import { storyGets } from './storyGets'

// A row asks for its story when it is pressed, not when the click is released: by the click,
// the story is usually in, and the reader shows it in the click's own render. One request.
test('pressing a row fetches its story before the release, and the click opens it', async ({
  inkstone,
  page,
}) => {
  const row = inkstone.list.options.nth(1)
  const title = (await row.locator('.story-row-title').innerText()).trim()
  const id = ((await row.getAttribute('id')) ?? '').replace('story-list-option-', '')
  const gets = storyGets(page)
  const box = (await row.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  // Pressed at once: no time for the pointer's rest on the row to have asked for it.
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/stories:get'))
  await page.mouse.down()
  await answered
  // Pressed only: the story is in the cache, and the reader still shows no story.
  await expect(inkstone.reader.headline).toHaveCount(0)
  await page.mouse.up()
  await expect(inkstone.reader.headline).toHaveText(title)
  await expect(inkstone.reader.paragraphs.first()).toBeVisible()
  expect(gets.of(id)).toBe(1)

  // Ctrl+click checks a row: it opens nothing (a pointer resting on a row may still ask for its
  // story, see prefetchIntent.spec), and the open story is not asked for again.
  const other = inkstone.list.options.nth(3)
  await other.click({ modifiers: ['Control'] })
  await expect(other).toHaveAttribute('aria-checked', 'true')
  await expect(inkstone.reader.headline).toHaveText(title)
  expect(gets.of(id)).toBe(1)
})
