import { expect, test } from './fixtures'

// Deleting a story is kept as a correction of its page: re-splitting every page from the
// Import menu leaves it out, and only Undo of the deletion brings it back.
test('a deleted story stays deleted when every page is re-split', async ({ inkstone, page }) => {
  const { list } = inkstone
  const count = await list.storyCount()
  const second = list.options.nth(1)
  const title = (await second.locator('.story-row-title').innerText()).trim()

  await second.click({ button: 'right' })
  await page.getByRole('menu').getByRole('menuitem', { name: 'Delete story' }).click()
  await expect(inkstone.toast).toContainText(`Deleted story “${title}”`)
  await expect.poll(() => list.storyCount()).toBe(count - 1)

  await page.getByTestId('import-button').click()
  await page.getByRole('menuitem', { name: 'Re-split all pages' }).click()
  await expect(inkstone.importSummary).toBeVisible()
  await expect.poll(() => list.storyCount()).toBe(count - 1)
  await expect(list.option(title)).toHaveCount(0)
  await page.reload()
  await expect.poll(() => list.storyCount()).toBe(count - 1)
  await expect(list.option(title)).toHaveCount(0)
})
