import { Annotations } from './pages/Annotations'
import { expect, test } from './fixtures'

test('tag a story from the reader, two more from the list, and filter by the tag', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  await inkstone.list.options.first().click()
  await notes.storyTagInput.fill('工会')
  await notes.storyTagInput.press('Enter')
  await expect(notes.tagChips).toHaveText(['工会×'])

  // Ctrl+click after the plain click that opened the first story checks it too, as in any list.
  await inkstone.list.options.nth(1).click({ modifiers: ['ControlOrMeta'] })
  await inkstone.list.options.nth(2).click({ modifiers: ['ControlOrMeta'] })
  await expect(notes.selectionBar).toContainText('3 selected')
  await notes.selectionBar.getByTestId('selection-tag-input').fill('待读')
  await notes.selectionBar.getByTestId('selection-tag-input').press('Enter')

  await notes.tagNav('待读').click()
  await expect(inkstone.list.options).toHaveCount(3)
  await notes.tagNav('工会').click()
  await expect(inkstone.list.options).toHaveCount(1)
  await inkstone.screenshot('tags')
})

test('rename a tag and undo the rename', async ({ inkstone, page }) => {
  const notes = new Annotations(page)
  await inkstone.list.options.first().click()
  await notes.storyTagInput.fill('union')
  await notes.storyTagInput.press('Enter')
  await page.getByTestId('tag-nav').hover()
  await page.getByRole('button', { name: 'Rename union' }).click()
  await page.getByTestId('inline-rename').fill('工会')
  await page.getByTestId('inline-rename').press('Enter')
  await expect(notes.tagChips).toHaveText(['工会×'])
  await expect(notes.toast).toContainText('Renamed tag')
  await page.getByTestId('story-article').click()
  await page.keyboard.press('Control+z')
  await expect(notes.tagChips).toHaveText(['union×'])
})

test('build a collection, reorder it by keyboard and by dragging, and keep the order', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  await notes.newCollection.fill('周末阅读')
  await notes.newCollection.press('Enter')
  await expect(notes.collectionNav('周末阅读')).toBeVisible()
  await inkstone.library.getByTestId('nav-all').click()
  const titles = [] as string[]
  for (const index of [0, 1, 2]) {
    const option = inkstone.list.options.nth(index)
    titles.push((await option.locator('.story-row-title').innerText()).trim())
    await option.click({ modifiers: ['ControlOrMeta'] })
  }
  await notes.selectionBar.getByLabel('Add to collection…').selectOption({ label: '周末阅读' })
  await notes.collectionNav('周末阅读').click()
  const rowTitles = inkstone.list.options.locator('.story-row-title')
  await expect(rowTitles).toHaveText(titles)

  await inkstone.list.options.first().click()
  await inkstone.list.storyList.press('Alt+ArrowDown')
  await expect(rowTitles).toHaveText([titles[1], titles[0], titles[2]])

  await inkstone.list.options.nth(2).dragTo(inkstone.list.options.nth(0))
  await expect(rowTitles).toHaveText([titles[2], titles[1], titles[0]])
  await page.reload()
  await notes.collectionNav('周末阅读').click()
  await expect(rowTitles).toHaveText([titles[2], titles[1], titles[0]])
  await inkstone.screenshot('collection')
})

test('favourite a story and find it under Favourites', async ({ inkstone, page }) => {
  await inkstone.list.options.nth(1).click()
  await page.getByTestId('favorite-toggle').click()
  await expect(page.getByTestId('favorite-toggle')).toHaveAttribute('aria-pressed', 'true')
  await page.getByTestId('nav-favorites').click()
  await expect(inkstone.list.options).toHaveCount(1)
})
