import type { Locator, Page } from '@playwright/test'
import { Annotations } from './pages/Annotations'
import { expect, test } from './fixtures'

const menuOf = (page: Page) => page.getByRole('menu')
const item = (page: Page, name: string | RegExp) => menuOf(page).getByRole('menuitem', { name })
const pageNames = (rows: Locator) => rows.locator('.nav-item-label').allInnerTexts()

/** True when the box lies wholly inside the window. */
const isInside = async (page: Page, target: Locator) => {
  const box = (await target.boundingBox())!
  const size = page.viewportSize()!
  return (
    box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height
  )
}

test('pages go by the names they give themselves, sorted and filtered', async ({
  inkstone,
  page,
}) => {
  const rows = inkstone.sourceRows
  await expect(rows).toHaveCount(5)
  const names = await pageNames(rows)
  expect(names.filter((name) => /^\d{3}_[0-9a-f]{16}$/.test(name))).toEqual([])
  const row = rows.filter({ hasText: '新闻速递 · 东台市总工会研讨新的一年工作思路' })
  await expect(row).toHaveCount(1)
  // The file name is still there, in the tooltip.
  await expect(row.getByRole('button').first()).toHaveAttribute('title', /001_a2a051d0fb4e3a2d/)
  await row.getByRole('button').first().click()
  await expect(inkstone.list.region.getByRole('heading', { level: 2 })).toHaveText(
    '新闻速递 · 东台市总工会研讨新的一年工作思路',
  )

  const sort = page.getByTestId('page-sort')
  await sort.selectOption('name')
  const byName = await pageNames(rows)
  expect(byName).toEqual([...names].sort(new Intl.Collator('zh', { numeric: true }).compare))
  await sort.selectOption('oldest')
  const oldest = await pageNames(rows)
  await sort.selectOption('newest')
  expect(await pageNames(rows)).toEqual([...oldest].reverse())

  const filter = page.getByTestId('page-filter')
  await filter.fill('新闻速递')
  await expect(rows).toHaveCount(1)
  await inkstone.screenshot('manage-pages-filtered')
  await filter.fill('没有这个版面')
  await expect(rows).toHaveCount(0)
  await expect(page.getByTestId('pages-section')).toContainText('没有这个版面')
  await filter.press('Escape')
  await expect(rows).toHaveCount(5)
  await page.reload()
  await expect(page.getByTestId('page-sort')).toHaveValue('newest')
})

test('a story’s context menu by mouse, then by keyboard: delete and undo', async ({
  inkstone,
  page,
}) => {
  const { list } = inkstone
  const count = await list.storyCount()
  const first = list.options.first()
  const title = (await first.locator('.story-row-title').innerText()).trim()

  await first.click({ button: 'right' })
  await expect(menuOf(page)).toBeVisible()
  await expect(item(page, 'Open')).toBeFocused()
  await expect(item(page, 'Delete story')).toBeVisible()
  await inkstone.screenshot('manage-story-menu')
  expect(await isInside(page, menuOf(page))).toBe(true)
  await page.keyboard.press('Escape')
  await expect(menuOf(page)).toHaveCount(0)

  // Near the window's corner the menu opens inward, still wholly visible.
  const area = (await list.storyList.boundingBox())!
  // (clear of the scroll bar, on the lowest row in sight)
  await page.mouse.click(area.x + area.width - 24, area.y + area.height - 12, { button: 'right' })
  await expect(menuOf(page)).toBeVisible()
  expect(await isInside(page, menuOf(page))).toBe(true)
  await page.keyboard.press('Escape')

  await list.storyList.focus()
  await page.keyboard.press('Home')
  await page.keyboard.press('Shift+F10')
  await expect(item(page, 'Open')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  await expect(item(page, 'Delete story')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(inkstone.toast).toContainText(`Deleted story “${title}”`)
  await expect.poll(() => list.storyCount()).toBe(count - 1)
  await expect(list.option(title)).toHaveCount(0)

  await inkstone.toast.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => list.storyCount()).toBe(count)
  await expect(list.option(title)).toHaveCount(1)
})

test('deleting a page asks first, and undo brings it back', async ({ inkstone, page }) => {
  const rows = inkstone.sourceRows
  const count = await inkstone.list.storyCount()
  const row = rows.first()
  const name = (await row.locator('.nav-item-label').innerText()).trim()
  const dialog = page.getByTestId('delete-page-dialog')

  await row.getByRole('button').first().click({ button: 'right' })
  await item(page, 'Delete page…').click()
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText(name)
  await inkstone.screenshot('manage-delete-page')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(rows).toHaveCount(5)

  await row.getByRole('button').first().click({ button: 'right' })
  await item(page, 'Delete page…').click()
  await page.getByTestId('confirm-delete-page').click()
  await expect(rows).toHaveCount(4)
  await expect(inkstone.toast).toContainText(`Deleted page “${name}”`)
  await expect.poll(() => inkstone.list.storyCount()).toBeLessThan(count)

  await inkstone.toast.getByRole('button', { name: 'Undo' }).click()
  await expect(rows).toHaveCount(5)
  await expect.poll(() => inkstone.list.storyCount()).toBe(count)
  await expect(rows.filter({ hasText: name })).toHaveCount(1)
})

test('rename a page from its menu by keyboard; the name stays after a reload', async ({
  inkstone,
  page,
}) => {
  const button = inkstone.sourceRows.first().getByRole('button').first()
  await button.focus()
  await page.keyboard.press('Shift+F10')
  await expect(item(page, 'Show its stories')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(item(page, 'Rename page…')).toBeFocused()
  await page.keyboard.press('Enter')
  await page.getByTestId('inline-rename').fill('工会周报 第一期')
  await page.getByTestId('inline-rename').press('Enter')
  await expect(inkstone.toast).toContainText('Renamed page')
  await expect(inkstone.sourceRows.filter({ hasText: '工会周报 第一期' })).toHaveCount(1)
  await page.reload()
  await expect(inkstone.sourceRows.filter({ hasText: '工会周报 第一期' })).toHaveCount(1)
  await inkstone.sourceItem('工会周报 第一期').click()
  await expect(inkstone.list.region.getByRole('heading', { level: 2 })).toHaveText(
    '工会周报 第一期',
  )
})

test('remove stories from a collection by its menu, its button and the Delete key', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  const { list } = inkstone
  await notes.newCollection.fill('周末阅读')
  await notes.newCollection.press('Enter')
  await inkstone.library.getByTestId('nav-all').click()
  for (const index of [0, 1, 2]) {
    await list.options.nth(index).click({ modifiers: ['ControlOrMeta'] })
  }
  await notes.selectionBar.getByLabel('Add to collection…').selectOption({ label: '周末阅读' })
  await notes.collectionNav('周末阅读').click()
  await expect(list.options).toHaveCount(3)

  await list.options.first().click({ button: 'right' })
  await item(page, 'Remove from “周末阅读”').click()
  await expect(list.options).toHaveCount(2)

  await list.options.first().click()
  await page.getByTestId('remove-from-collection').click()
  await expect(list.options).toHaveCount(1)

  await list.storyList.focus()
  await page.keyboard.press('Home')
  await page.keyboard.press('Delete')
  await expect(list.options).toHaveCount(0)
  // Removing never deletes: every story is still in the library.
  await inkstone.library.getByTestId('nav-all').click()
  await expect.poll(() => list.storyCount()).toBeGreaterThan(3)
})

test('tags and collections have context menus too', async ({ inkstone, page }) => {
  const notes = new Annotations(page)
  await inkstone.list.options.first().click()
  await notes.storyTagInput.fill('待读')
  await notes.storyTagInput.press('Enter')
  await notes.newCollection.fill('周末阅读')
  await notes.newCollection.press('Enter')

  const collection = notes.collectionNav('周末阅读')
  await collection.focus()
  await page.keyboard.press('Shift+F10')
  await expect(item(page, 'Open collection')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menuOf(page)).toHaveCount(0)
  await expect(collection).toBeFocused()
  await collection.click({ button: 'right' })
  await item(page, 'Rename collection…').click()
  await page.getByTestId('inline-rename').fill('假日阅读')
  await page.getByTestId('inline-rename').press('Enter')
  await expect(notes.collectionNav('假日阅读')).toBeVisible()

  await notes.storyTagInput.fill('稍后')
  await notes.storyTagInput.press('Enter')
  // The menu lists the tags shown when it opens: wait for the new one before asking for it.
  await expect(notes.tagNav('稍后')).toBeVisible()
  await notes.tagNav('待读').click({ button: 'right' })
  await expect(item(page, 'Rename or merge…')).toBeVisible()
  await item(page, 'Merge into “稍后”').click()
  await expect(page.getByTestId('tag-nav')).toHaveCount(1)
  await expect(inkstone.toast).toContainText('Merged')
  await notes.tagNav('稍后').click({ button: 'right' })
  await item(page, 'Delete tag').click()
  await expect(page.getByTestId('tag-nav')).toHaveCount(0)
  await expect(inkstone.toast).toContainText('Deleted tag “稍后”')
})
