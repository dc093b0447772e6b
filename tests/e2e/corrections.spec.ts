import { Annotations } from './pages/Annotations'
import { expect, test } from './fixtures'

test('split a story at a paragraph and merge it back, keeping a highlight on the second part', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  const before = await inkstone.list.storyCount()
  await inkstone.list.options.first().click()
  const second = (await inkstone.reader.paragraphs.nth(1).innerText()).trim()
  const quote = second.slice(0, 8)
  await notes.select(quote)
  await notes.toolbar.getByTestId('highlight-blue').click()
  await expect(notes.mark(quote)).toBeVisible()

  await inkstone.reader.paragraphs.nth(1).hover()
  await inkstone.reader.paragraphs.nth(1).getByTestId('split-here').click()
  await expect.poll(() => inkstone.list.storyCount()).toBe(before + 1)
  // The split opens the second part, where the highlight went.
  await expect(inkstone.reader.paragraphs.first()).toHaveText(second)
  await expect(notes.mark(quote)).toHaveClass(/hl-blue/)
  await inkstone.list.options.first().click()
  await expect(inkstone.reader.paragraphs).toHaveCount(1)

  await page.getByTestId('merge-next').click()
  await expect.poll(() => inkstone.list.storyCount()).toBe(before)
  await expect(inkstone.reader.paragraphs.nth(1)).toHaveText(second)
  await expect(notes.mark(quote)).toHaveClass(/hl-blue/)
})

test('edit a headline: Enter saves, and the list shows it', async ({ inkstone, page }) => {
  await inkstone.list.options.first().click()
  await page.getByTestId('edit-title').click()
  await page.getByTestId('title-input').fill('改过的标题')
  await page.getByTestId('title-input').press('Enter')
  await expect(inkstone.reader.headline).toHaveText('改过的标题')
  await expect(inkstone.list.options.first()).toContainText('改过的标题')
})
