import { expect, test } from './fixtures'

test.use({ viewport: { width: 1024, height: 768 } })

test('at 1024x768 all three panes fit and the reader is readable', async ({ inkstone }) => {
  const { page, list, reader, library } = inkstone
  await expect(library).toBeVisible()
  await expect(list.region).toBeVisible()
  await expect(reader.main).toBeVisible()
  const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')
  expect(Number(overflow)).toBeLessThanOrEqual(0)

  await list.options.first().click()
  await expect(reader.headline).toBeVisible()
  const readerBox = await reader.main.boundingBox()
  expect(readerBox?.width ?? 0).toBeGreaterThanOrEqual(400)
  await inkstone.screenshot('layout-1024')
})

test('panes resize from the keyboard and collapse', async ({ inkstone }) => {
  const { page, library } = inkstone
  const splitter = page.getByRole('separator', { name: 'Resize the story list' })
  const before = Number(await splitter.getAttribute('aria-valuenow'))
  await splitter.focus()
  await page.keyboard.press('ArrowLeft')
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before - 16))

  await page.getByTestId('toggle-library').click()
  await expect(library).toBeHidden()
  await page.locator('body').press('[')
  await expect(library).toBeVisible()
})
