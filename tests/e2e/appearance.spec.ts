import { expect, test } from './fixtures'

test('the theme switch changes data-theme and is remembered', async ({ inkstone }) => {
  const { page, settings, list } = inkstone
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-theme', 'light')
  await settings.open()
  await settings.choose('Dark')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await settings.close()
  await list.options.first().click()
  await inkstone.screenshot('dark')

  await settings.open()
  await settings.choose('Sepia')
  await expect(html).toHaveAttribute('data-theme', 'sepia')
  await settings.close()
  await page.reload()
  await expect(html).toHaveAttribute('data-theme', 'sepia')
})

test('the language switch turns the interface to Chinese and back to English', async ({
  inkstone,
}) => {
  const { page, settings, library } = inkstone
  await expect(library.getByRole('button', { name: /All stories/ })).toBeVisible()
  await settings.open()
  await settings.choose('中文')
  await expect(settings.dialog.getByRole('heading', { name: '设置' })).toBeVisible()
  await expect(library.getByRole('button', { name: /全部文章/ })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await settings.choose('English')
  await expect(settings.dialog.getByRole('heading', { name: 'Settings' })).toBeVisible()
  await expect(library.getByRole('button', { name: /All stories/ })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('the text size control changes the reader font size', async ({ inkstone }) => {
  const { list, reader } = inkstone
  await list.options.first().click()
  await expect(reader.paragraphs.first()).toHaveCSS('font-size', '18px')
  await reader.main.getByRole('button', { name: 'Larger text' }).click()
  await expect(reader.paragraphs.first()).toHaveCSS('font-size', '19px')
})
