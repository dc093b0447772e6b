import { expect, test } from './fixtures'
import { Annotations } from './pages/Annotations'
import { ReadingColumn } from './pages/ReadingColumn'

test.use({ viewport: { width: 1024, height: 700 } })

test('Enter gives the story the keys: Space, PageDown, End, Home scroll it', async ({
  inkstone,
  page,
}) => {
  const column = new ReadingColumn(page)
  const body = page.locator('body')
  await body.press('j')
  await body.press('Enter')
  await inkstone.reader.headline.waitFor()
  await expect(column.scroller).toBeFocused()
  const { max } = await column.scroll()
  expect(max).toBeGreaterThan(1000)

  await page.keyboard.press('Space')
  await expect.poll(async () => (await column.scroll()).top).toBeGreaterThan(200)
  const afterSpace = (await column.scroll()).top
  await page.keyboard.press('PageDown')
  await expect.poll(async () => (await column.scroll()).top).toBeGreaterThan(afterSpace + 200)
  await page.keyboard.press('Shift+Space')
  await expect.poll(async () => (await column.scroll()).top).toBeLessThan(afterSpace + 200)
  await page.keyboard.press('End')
  await expect.poll(async () => (await column.scroll()).top).toBeGreaterThanOrEqual(max - 2)
  await page.keyboard.press('PageUp')
  await expect.poll(async () => (await column.scroll()).top).toBeLessThan(max - 200)
  await page.keyboard.press('Home')
  await expect.poll(async () => (await column.scroll()).top).toBe(0)
  // No frame around the whole article: at most a slim bar at its edge.
  await expect(column.scroller).toHaveCSS('outline-style', 'none')
  expect(await column.scroller.evaluate((e) => getComputedStyle(e).boxShadow)).not.toMatch(
    /inset 0px 0px 0px/,
  )
})

test('split buttons are out of the tab order; Shift+S splits at the caret and opens part two', async ({
  inkstone,
  page,
}) => {
  const column = new ReadingColumn(page)
  const { list, reader } = inkstone
  await list.options.first().click()
  const splitButtons = page.getByTestId('split-here')
  expect(await splitButtons.count()).toBeGreaterThan(2)
  for (const tabIndex of await splitButtons.evaluateAll((all) => all.map((b) => b.tabIndex)))
    expect(tabIndex).toBe(-1)
  await column.scroller.focus()
  for (let step = 0; step < 6; step += 1) {
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('.story-body'))).toBeNull()
  }

  const firstTitle = (await reader.headline.textContent()) ?? ''
  const third = (await reader.paragraphs.nth(2).innerText()).trim()
  // The caret in the third paragraph: the story is cut before it.
  await reader.paragraphs.nth(2).click()
  await page.keyboard.press('Shift+S')
  await expect(column.notice).toContainText('now reading the second part')
  await expect(reader.paragraphs.first()).toHaveText(third)
  await expect(reader.headline).not.toHaveText(firstTitle)
  await expect(column.scroller).toBeFocused()

  // The first half was not marked read behind the reader's back.
  await page.waitForTimeout(1500)
  await list.option(firstTitle).first().click()
  await expect(reader.headline).toHaveText(firstTitle)
  await expect(reader.readToggle).toHaveText('Mark as read')
})

test('in the Highlights view j then Enter opens the selected highlight’s story', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  const { list, reader } = inkstone
  const titles: string[] = []
  for (const index of [0, 3]) {
    await list.options.nth(index).click()
    titles.push((await reader.headline.textContent()) ?? '')
    await notes.select((await reader.paragraphs.first().innerText()).slice(1, 7))
    await notes.toolbar.getByTestId('highlight-yellow').click()
    await expect(notes.marks).toHaveCount(1)
  }
  // A story the highlights are not in, so a wrong Enter would show.
  await list.options.nth(6).click()
  await page.getByTestId('toggle-library').click()
  await page.getByTestId('nav-highlights').click()
  await expect(notes.highlightRows).toHaveCount(2)
  const body = page.locator('body')
  await body.press('j')
  await body.press('j')
  // The library drawer gave way to the view; j moved the cursor to the second highlight.
  await expect(page.getByTestId('pane-drawer')).toBeHidden()
  const row = page.getByTestId('highlight-list').getByRole('option', { selected: true })
  const rowText = (await row.textContent()) ?? ''
  const expected = titles.find((title) => rowText.includes(title))
  expect(expected).toBeTruthy()
  await body.press('Enter')
  await expect(reader.headline).toHaveText(expected ?? '')
})
