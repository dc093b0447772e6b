import { expect, test } from './fixtures'

test.use({ viewport: { width: 1024, height: 768 } })

test('at 1024x768 the list and a readable reader fit; the library docks out', async ({
  inkstone,
}) => {
  const { page, list, reader, library } = inkstone
  // Three panes would leave the story ~20 characters a line: the library gives way first.
  await expect(library).toBeHidden()
  await expect(list.region).toBeVisible()
  await expect(reader.main).toBeVisible()
  const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')
  expect(Number(overflow)).toBeLessThanOrEqual(0)

  await list.options.first().click()
  await expect(reader.headline).toBeVisible()
  const readerBox = await reader.main.boundingBox()
  expect(readerBox?.width ?? 0).toBeGreaterThanOrEqual(28 * 18)
  await inkstone.screenshot('layout-1024')
})

test('panes resize from the keyboard and collapse', async ({ inkstone }) => {
  const { page, library } = inkstone
  const splitter = page.getByRole('separator', { name: 'Resize the story list' })
  const before = Number(await splitter.getAttribute('aria-valuenow'))
  await splitter.focus()
  await page.keyboard.press('ArrowLeft')
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before - 16))

  await page.getByTestId('toggle-list').click()
  await expect(inkstone.list.region).toBeHidden()
  await page.locator('body').press(']')
  await expect(inkstone.list.region).toBeVisible()
  // No room to dock the library beside the list: it floats over the reader until Escape.
  await page.locator('body').press('[')
  await expect(library).toBeVisible()
  await expect(page.getByTestId('pane-drawer')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(library).toBeHidden()
})
