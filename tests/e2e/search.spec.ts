import { expect, test } from './fixtures'

test('searching 疗休养 lists the matching stories and marks the match in the reader', async ({
  inkstone,
}) => {
  const { list, reader } = inkstone
  await inkstone.search('疗休养')
  await expect(list.hits.first()).toBeVisible()
  await expect(list.searchSummary).toContainText('疗休养')
  // Every hit shows a snippet with the match marked.
  const hitCount = await list.hits.count()
  expect(hitCount).toBeGreaterThan(0)
  for (let index = 0; index < hitCount; index += 1) {
    await expect(list.hits.nth(index).locator('mark').first()).toHaveText('疗休养')
  }

  await list.hits.first().click()
  await expect(reader.marks.first()).toHaveText('疗休养')
  await expect(reader.currentMark).toHaveText('疗休养')
  await inkstone.screenshot('search')
  const total = await reader.marks.count()
  await expect(reader.matchCounter).toHaveText(`1 / ${total}`)
  if (total > 1) {
    await reader.nextMatch.click()
    await expect(reader.matchCounter).toHaveText(`2 / ${total}`)
    await inkstone.page.locator('body').press('N')
    await expect(reader.matchCounter).toHaveText(`1 / ${total}`)
  }
})

test('a query with no hits says so, and Esc returns to the story list', async ({ inkstone }) => {
  const { list } = inkstone
  await inkstone.search('没有这个词语')
  await expect(list.noResults).toContainText('没有这个词语')
  await inkstone.searchBox.press('Escape')
  await expect(inkstone.searchBox).toHaveValue('')
  await expect(list.storyList).toBeFocused()
  await expect(list.options.first()).toBeVisible()
})

test('Ctrl+K and / focus the search box', async ({ inkstone }) => {
  const { page } = inkstone
  await page.locator('body').press('Control+k')
  await expect(inkstone.searchBox).toBeFocused()
  await inkstone.searchBox.press('Escape')
  await page.locator('body').press('/')
  await expect(inkstone.searchBox).toBeFocused()
})
