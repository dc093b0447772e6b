/// <reference lib="dom" />
import type { Page } from '@playwright/test'
import { Annotations } from './pages/Annotations'
import { InkstonePage } from './pages/InkstonePage'
import { expect, test } from './fixtures'

/** Ctrl+Z with the keyboard in the story, not in a field (a field keeps its own undo). */
const pressUndo = async (page: Page) => {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('Control+z')
}

test('undo goes back newest first across tag colour, highlight, split, merge and headline, saying what it undid', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  const { toast } = notes
  const before = await inkstone.list.storyCount()
  await inkstone.list.options.first().click()
  const headline = (await inkstone.reader.headline.innerText()).trim()

  await notes.storyTagInput.fill('工会')
  await notes.storyTagInput.press('Enter')
  await expect(toast).toContainText('Added tag “工会”')

  const row = page.getByTestId('tag-nav').filter({ hasText: '工会' })
  const startColour = await row.getByTestId('tag-color-button').getAttribute('class')
  await row.getByTestId('tag-color-button').click()
  await row.getByRole('radio', { name: 'Red' }).click()
  await expect(toast).toContainText('Recoloured tag “工会”')
  await expect(notes.tagChips.first()).toHaveClass(/tag-chip--red/)

  const second = (await inkstone.reader.paragraphs.nth(1).innerText()).trim()
  const quote = second.slice(0, 6)
  await notes.select(quote)
  await notes.toolbar.getByTestId('highlight-blue').click()
  await expect(notes.mark(quote)).toBeVisible()
  await expect(toast).toContainText(`Highlighted “${quote}`)

  await inkstone.reader.paragraphs.nth(1).hover()
  await inkstone.reader.paragraphs.nth(1).getByTestId('split-here').click()
  await expect.poll(() => inkstone.list.storyCount()).toBe(before + 1)
  await expect(toast).toContainText(`Split “${headline}” in two`)

  await inkstone.list.options.first().click()
  await page.getByTestId('merge-next').click()
  await expect.poll(() => inkstone.list.storyCount()).toBe(before)
  await expect(toast).toContainText(`Merged 2 stories into “${headline}”`)

  await page.getByTestId('edit-title').click()
  await page.getByTestId('title-input').fill('改过的标题')
  await page.getByTestId('title-input').press('Enter')
  await expect(inkstone.reader.headline).toHaveText('改过的标题')
  await expect(toast).toContainText('Changed a headline to “改过的标题”')

  // Newest first: the headline, then the merge (not the older recolour), then the split ...
  await pressUndo(page)
  await expect(toast).toContainText('Undone: Changed a headline to “改过的标题”')
  await expect(inkstone.reader.headline).toHaveText(headline)

  await pressUndo(page)
  await expect(toast).toContainText(`Undone: Merged 2 stories into “${headline}”`)
  await expect.poll(() => inkstone.list.storyCount()).toBe(before + 1)
  await expect(notes.tagChips.first()).toHaveClass(/tag-chip--red/)

  await pressUndo(page)
  await expect(toast).toContainText(`Undone: Split “${headline}” in two`)
  await expect.poll(() => inkstone.list.storyCount()).toBe(before)
  await inkstone.list.options.first().click()
  await expect(inkstone.reader.paragraphs.nth(1)).toHaveText(second)
  await expect(notes.mark(quote)).toHaveClass(/hl-blue/)

  await pressUndo(page)
  await expect(toast).toContainText(`Undone: Highlighted “${quote}`)
  await expect(notes.marks).toHaveCount(0)

  await pressUndo(page)
  await expect(toast).toContainText('Undone: Recoloured tag “工会”')
  await expect(row.getByTestId('tag-color-button')).toHaveAttribute('class', startColour ?? '')

  await pressUndo(page)
  await expect(toast).toContainText('Undone: Added tag “工会”')
  await expect(notes.tagChips).toHaveCount(0)
})

test('the toast’s Undo refuses an older step once a newer one exists, and says why', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  await inkstone.list.options.first().click()
  await notes.storyTagInput.fill('待读')
  await notes.storyTagInput.press('Enter')
  await expect(notes.toast).toContainText('Added tag “待读”')
  const undoAdd = notes.toast.getByRole('button', { name: 'Undo' })
  await expect(undoAdd).toBeVisible()
  // A second tag added in another tab (the same bridge): this page's toast still names the first.
  const other = await page.context().newPage()
  const otherApp = new InkstonePage(other)
  await otherApp.open(page.url())
  const otherNotes = new Annotations(other)
  await otherApp.list.options.first().click()
  await otherNotes.storyTagInput.fill('重要')
  await otherNotes.storyTagInput.press('Enter')
  await expect(otherNotes.toast).toContainText('Added tag “重要”')
  await other.close()

  await undoAdd.click()
  await expect(notes.toast).toContainText('Only the newest change can be undone')
  await expect(notes.tagChips).toHaveCount(2)
})

test('the tag colour picker: named swatches, keyboard operable, one pick is one undo step', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  await inkstone.list.options.first().click()
  await notes.storyTagInput.fill('书屋')
  await notes.storyTagInput.press('Enter')
  const row = page.getByTestId('tag-nav').filter({ hasText: '书屋' })
  const dot = row.getByTestId('tag-color-button')
  const start = (await dot.getAttribute('class'))!.match(/tag-chip--(\w+)/)![1]

  await dot.focus()
  await page.keyboard.press('Enter')
  const palette = row.getByTestId('tag-color-palette')
  await expect(palette.getByRole('radio')).toHaveCount(9)
  await expect(palette.getByRole('radio', { name: 'Teal' })).toHaveAttribute('title', 'Teal')
  await expect(palette.getByRole('radio', { checked: true })).toBeFocused()
  await inkstone.screenshot('tag-color-picker')
  await page.keyboard.press('Escape')
  await expect(palette).toBeHidden()
  await expect(dot).toBeFocused()

  // Three swatches along, then Enter: one change, whatever was passed on the way.
  await page.keyboard.press('Enter')
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await expect(dot).not.toHaveClass(new RegExp(`tag-chip--${start}\\b`))
  await expect(notes.toast).toContainText('Recoloured tag “书屋”')

  await pressUndo(page)
  await expect(dot).toHaveClass(new RegExp(`tag-chip--${start}\\b`))
  await expect(notes.toast).toContainText('Undone: Recoloured tag “书屋”')
  await expect(notes.tagChips).toHaveCount(1)
})

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('the swatches and the undo toast speak Chinese', async ({ inkstone, page }) => {
    const notes = new Annotations(page)
    await inkstone.list.options.first().click()
    await notes.storyTagInput.fill('工会')
    await notes.storyTagInput.press('Enter')
    const row = page.getByTestId('tag-nav').filter({ hasText: '工会' })
    await row.getByTestId('tag-color-button').click()
    await expect(row.getByRole('radio', { name: '青色' })).toHaveAttribute('title', '青色')
    await row.getByRole('radio', { name: '紫色' }).click()
    await expect(notes.toast).toContainText('更改了标签“工会”的颜色')
    await inkstone.list.options.first().click()
    await page.getByTestId('merge-next').click()
    await expect(notes.toast).toContainText('将两篇文章合并为')
    await pressUndo(page)
    await expect(notes.toast).toContainText('已撤销：将两篇文章合并为')
  })
})
