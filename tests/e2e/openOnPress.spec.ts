import { expect, test } from './fixtures'

// A row asks for its story when it is pressed, not when the click is released: by the click,
// the story is usually in, and the reader shows it in the click's own render. One request.
test('pressing a row fetches its story before the release, and the click opens it', async ({
  inkstone,
  page,
}) => {
  const row = inkstone.list.options.nth(1)
  const title = (await row.locator('.story-row-title').innerText()).trim()
  const gets: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/stories:get')) gets.push(request.postData() ?? '')
  })
  const box = (await row.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/stories:get'))
  await page.mouse.down()
  await answered
  // Pressed only: the story is in the cache, and the reader still shows no story.
  await expect(inkstone.reader.headline).toHaveCount(0)
  await page.mouse.up()
  await expect(inkstone.reader.headline).toHaveText(title)
  await expect(inkstone.reader.paragraphs.first()).toBeVisible()
  expect(gets).toHaveLength(1)

  // Ctrl+press checks a row: it does not fetch the story.
  const other = inkstone.list.options.nth(2)
  await other.click({ modifiers: ['Control'] })
  await expect(other).toHaveAttribute('aria-checked', 'true')
  expect(gets).toHaveLength(1)
})
