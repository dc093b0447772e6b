import { expect, test } from './fixtures'

test('j/k move in the list, Enter opens, Esc returns to the list', async ({ inkstone }) => {
  const { page, list, reader } = inkstone
  const body = page.locator('body')
  await body.press('j')
  await expect(list.options.nth(0)).toHaveAttribute('aria-selected', 'true')
  await body.press('j')
  await body.press('j')
  await expect(list.options.nth(2)).toHaveAttribute('aria-selected', 'true')
  await body.press('k')
  const second = list.options.nth(1)
  await expect(second).toHaveAttribute('aria-selected', 'true')
  const title = (await second.locator('.story-row-title').textContent()) ?? ''

  await body.press('Enter')
  await expect(reader.headline).toHaveText(title)

  await reader.scroller.focus()
  await page.keyboard.press('Escape')
  await expect(list.storyList).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(list.options.nth(2)).toHaveAttribute('aria-selected', 'true')
})

test('? shows the shortcuts dialog and Esc closes it', async ({ inkstone }) => {
  const { page } = inkstone
  await page.locator('body').press('?')
  await expect(inkstone.shortcutsDialog).toBeVisible()
  await expect(inkstone.shortcutsDialog.getByRole('heading')).toHaveText('Keyboard shortcuts')
  await page.keyboard.press('Escape')
  await expect(inkstone.shortcutsDialog).toBeHidden()
})

test('keys typed into the search box or composed by an input method are not shortcuts', async ({
  inkstone,
}) => {
  const { page, list } = inkstone
  await page.locator('body').press('j')
  await expect(list.options.nth(0)).toHaveAttribute('aria-selected', 'true')
  await inkstone.searchBox.focus()
  await page.keyboard.type('j')
  await expect(inkstone.searchBox).toHaveValue('j')
  await inkstone.searchBox.press('Escape')
  await expect(list.storyList).toBeFocused()
  // A j handled as a shortcut would have moved the cursor to the second row.
  await expect(list.options.nth(0)).toHaveAttribute('aria-selected', 'true')

  // While a Chinese input method composes, j is a pinyin letter (isComposing, keyCode 229).
  const body = page.locator('body')
  await body.dispatchEvent('keydown', { key: 'j', isComposing: true })
  await body.dispatchEvent('keydown', { key: 'j', keyCode: 229 })
  await expect(list.options.nth(0)).toHaveAttribute('aria-selected', 'true')
  await body.dispatchEvent('keydown', { key: 'j' })
  await expect(list.options.nth(1)).toHaveAttribute('aria-selected', 'true')
})
