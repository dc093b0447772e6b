import { expect, test } from './fixtures'
import { ReadingColumn } from './pages/ReadingColumn'

// About 28 Chinese characters a line: below it lines read poorly and justified lines stretch.
const MIN_CHARS = 28

test.describe('at 1024x700 with every pane open', () => {
  test.use({ viewport: { width: 1024, height: 700 } })

  test('the column keeps ~28 characters a line; panes dock out and float back', async ({
    inkstone,
    page,
  }) => {
    const column = new ReadingColumn(page)
    const { list, library } = inkstone
    await list.options.first().click()
    await column.panel.waitFor({ state: 'detached' })
    await page.getByTestId('toggle-panel').click()
    await expect(column.panel).toBeVisible()
    expect(await column.charsPerLine()).toBeGreaterThanOrEqual(MIN_CHARS)
    // The library and then the list gave way; nothing overflows the window.
    await expect(library).toBeHidden()
    await expect(list.region).toBeHidden()
    const overflow = await page.evaluate('document.documentElement.scrollWidth - innerWidth')
    expect(Number(overflow)).toBeLessThanOrEqual(0)
    await inkstone.screenshot('reading-column-1024-panel')

    // ] brings the list back floating over the story, which keeps its measure.
    await page.locator('body').press(']')
    await expect(column.drawer).toBeVisible()
    await expect(list.region).toBeVisible()
    expect(await column.charsPerLine()).toBeGreaterThanOrEqual(MIN_CHARS)
    // Opening a story from the floating list puts it away.
    await list.options.nth(1).click()
    await expect(column.drawer).toBeHidden()

    await page.getByTestId('toggle-library').click()
    await expect(library).toBeVisible()
    await expect(column.drawer).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(column.drawer).toBeHidden()

    // With the panel closed the list has room to dock again.
    await page.getByTestId('toggle-panel').click()
    await expect(list.region).toBeVisible()
    await expect(column.drawer).toBeHidden()
    expect(await column.charsPerLine()).toBeGreaterThanOrEqual(MIN_CHARS)
  })
})

test('at 1280 with the notes panel open the lines are not stretched', async ({
  inkstone,
  page,
}) => {
  const column = new ReadingColumn(page)
  await inkstone.list.options.first().click()
  expect(await column.charsPerLine()).toBeGreaterThanOrEqual(MIN_CHARS)
  await page.getByTestId('toggle-panel').click()
  await expect(column.panel).toBeVisible()
  expect(await column.charsPerLine()).toBeGreaterThanOrEqual(MIN_CHARS)
  await expect(inkstone.list.region).toBeVisible()
})

test('focus mode shows the story alone; Escape, f and the corner button leave it', async ({
  inkstone,
  page,
}) => {
  const column = new ReadingColumn(page)
  const { list, library, reader } = inkstone
  await list.options.first().click()
  await page.getByTestId('toggle-panel').click()
  await column.focusButton.click()
  for (const hidden of [library, list.region, column.topSearch, column.toolbar, column.panel])
    await expect(hidden).toBeHidden()
  await expect(reader.headline).toBeVisible()
  await expect(column.scroller).toBeFocused()
  await inkstone.screenshot('focus-mode')
  await page.keyboard.press('Escape')
  await expect(list.region).toBeVisible()
  await expect(column.toolbar).toBeVisible()
  await expect(column.panel).toBeVisible()

  await page.locator('body').press('f')
  await expect(list.region).toBeHidden()
  await page.locator('body').press('f')
  await expect(list.region).toBeVisible()

  await column.focusButton.click()
  await column.leaveFocusButton.click()
  await expect(column.topSearch).toBeVisible()
})
