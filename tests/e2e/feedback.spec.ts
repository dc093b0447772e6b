/// <reference lib="dom" />
import type { Locator, Page } from '@playwright/test'
import { Annotations } from './pages/Annotations'
import type { InkstonePage } from './pages/InkstonePage'
import { expect, test } from './fixtures'
import { contrastRatio, overlaps, type Box } from './geometry'

const box = async (locator: Locator): Promise<Box> => {
  const found = await locator.boundingBox()
  if (!found) throw new Error('not shown')
  return found
}

/** Opens the first story of the list that is long enough to scroll, and returns its row. */
const openScrollableStory = async (inkstone: InkstonePage): Promise<Locator> => {
  const count = await inkstone.list.options.count()
  for (let index = 0; index < count; index += 1) {
    const row = inkstone.list.options.nth(index)
    await row.click()
    await expect(inkstone.reader.headline).toBeVisible()
    const room = await inkstone.reader.scroller.evaluate((el) => el.scrollHeight - el.clientHeight)
    if (room > 400) return row
  }
  throw new Error('no story is long enough to scroll')
}

const scrollReaderTo = (page: Page, fraction: number) =>
  page.getByTestId('reader-scroll').evaluate((el, at) => {
    el.scrollTop = (el.scrollHeight - el.clientHeight) * at
    el.dispatchEvent(new Event('scroll'))
  }, fraction)

test('the list’s progress bar follows the reader’s scrolling, thick and clear in every theme', async ({
  inkstone,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 })
  const row = await openScrollableStory(inkstone)
  const bar = row.getByTestId('story-row-progress')
  await expect(bar).toHaveCount(0)

  await scrollReaderTo(page, 0.3)
  await expect(bar).toBeVisible()
  const fillWidth = () =>
    bar.evaluate((el) => (el.firstElementChild as HTMLElement).style.width).then(parseFloat)
  await expect.poll(fillWidth).toBeGreaterThan(20)
  expect(await fillWidth()).toBeLessThan(40)
  // Further on, the same row moves on, still without a reload.
  await scrollReaderTo(page, 0.7)
  await expect.poll(fillWidth).toBeGreaterThan(60)

  expect((await box(bar)).height).toBeGreaterThanOrEqual(3)
  for (const theme of ['light', 'sepia', 'dark']) {
    const colours = await bar.evaluate((el, name) => {
      document.documentElement.dataset.theme = name
      const fill = el.firstElementChild as HTMLElement
      return [getComputedStyle(fill).backgroundColor, getComputedStyle(el).backgroundColor]
    }, theme)
    expect(contrastRatio(colours[0], colours[1]), theme).toBeGreaterThanOrEqual(3)
  }
})

test('a click then Ctrl+click checks both stories; Shift+click checks a range', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  const rows = inkstone.list.options
  await rows.nth(0).click()
  await rows.nth(1).click({ modifiers: ['ControlOrMeta'] })
  await expect(notes.selectionBar).toContainText('2 selected')
  await expect(rows.nth(0).locator('.story-row')).toHaveClass(/is-checked/)
  await expect(rows.nth(1).locator('.story-row')).toHaveClass(/is-checked/)

  // From the last one checked (the second) to the fifth.
  await rows.nth(4).click({ modifiers: ['Shift'] })
  await expect(notes.selectionBar).toContainText('5 selected')

  await inkstone.list.storyList.press('Escape')
  await expect(notes.selectionBar).toBeHidden()
  await rows.nth(2).click()
  await rows.nth(5).click({ modifiers: ['Shift'] })
  await expect(notes.selectionBar).toContainText('4 selected')
  for (const index of [2, 3, 4, 5]) {
    await expect(rows.nth(index).locator('.story-row')).toHaveClass(/is-checked/)
  }
  await expect(rows.nth(1).locator('.story-row')).not.toHaveClass(/is-checked/)
})

test('dragging a story in a collection shows a marker line where it will land', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  await notes.newCollection.fill('拖动')
  await notes.newCollection.press('Enter')
  const rows = inkstone.list.options
  const titles: string[] = []
  for (const index of [0, 1, 2]) {
    titles.push((await rows.nth(index).locator('.story-row-title').innerText()).trim())
    await rows.nth(index).click({ modifiers: ['ControlOrMeta'] })
  }
  await notes.selectionBar.getByLabel('Add to collection…').selectOption({ label: '拖动' })
  await notes.collectionNav('拖动').click()
  const rowTitles = rows.locator('.story-row-title')
  await expect(rowTitles).toHaveText(titles)

  const from = await box(rows.nth(2))
  const target = await box(rows.nth(0))
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 2 })
  await page.mouse.move(target.x + target.width / 2, target.y + 12, { steps: 8 })
  await page.mouse.move(target.x + target.width / 2, target.y + 10, { steps: 2 })
  const first = rows.nth(0).locator('.story-row')
  await expect(first).toHaveAttribute('data-drop', 'before')
  const marker = await first.evaluate((el) => {
    const style = getComputedStyle(el, '::before')
    return { height: parseFloat(style.height), content: style.content }
  })
  expect(marker.height).toBeGreaterThanOrEqual(2)
  expect(marker.content).not.toBe('none')
  await page.mouse.up()
  await expect(rowTitles).toHaveText([titles[2], titles[0], titles[1]])
  await expect(rows.locator('[data-drop]')).toHaveCount(0)
})

test('the note popover sits beside the highlighted line, never over it', async ({
  inkstone,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 700 })
  const notes = new Annotations(page)
  await openScrollableStory(inkstone)
  const paragraph = inkstone.reader.paragraphs.nth(1)
  const text = (await paragraph.innerText()).slice(4, 40)
  await notes.select(text)
  await notes.toolbar.getByTestId('highlight-note').click()
  await expect(notes.popover).toBeVisible()
  const view = await box(inkstone.reader.scroller)
  const checkPlacement = async (marked: string) => {
    const popover = await box(notes.popover)
    for (const line of await notes.mark(marked).evaluateAll((marks) =>
      marks.flatMap((mark) =>
        [...mark.getClientRects()].map((r) => ({
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
        })),
      ),
    )) {
      expect(overlaps(popover, line), 'popover over the highlighted line').toBe(false)
    }
    expect(popover.y).toBeGreaterThanOrEqual(view.y)
    expect(popover.y + popover.height).toBeLessThanOrEqual(view.y + view.height + 1)
  }
  await checkPlacement(text.slice(0, 6))
  await notes.noteInput.fill('批注')
  await notes.popover.getByTestId('highlight-save').click()
  await expect(notes.popover).toBeHidden()

  // At the foot of the view (the story's last lines) the popover goes above the line.
  const last = inkstone.reader.paragraphs.last()
  const lastText = (await last.innerText()).slice(-30, -4)
  await notes.select(lastText)
  await notes.toolbar.getByTestId('highlight-blue').click()
  await expect(notes.mark(lastText)).toHaveCount(1)
  await scrollReaderTo(page, 1)
  await notes.mark(lastText).click()
  await expect(notes.popover).toBeVisible()
  await expect(notes.popover).toHaveAttribute('data-side', 'above')
  await checkPlacement(lastText)
})

test('at 1024 px the import strip covers no control while an import runs', async ({
  inkstone,
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await inkstone.list.options.first().click()
  await expect(inkstone.reader.readToggle).toBeVisible()
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/library:importUploads', async (route) => {
    await held
    await route.continue()
  })
  await inkstone.filesInput().setInputFiles({
    name: '慢速导入.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('慢速导入的一篇\n\n本报讯 一段正文，说明导入进行中的提示条不遮挡按钮。\n'),
  })
  const banner = page.getByTestId('import-banner')
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('Importing…')
  const strip = await box(banner)
  expect(overlaps(strip, await box(inkstone.reader.readToggle))).toBe(false)
  for (const button of await page.locator('header button, main button').all()) {
    if (!(await button.isVisible())) continue
    expect(overlaps(strip, await box(button)), await button.innerText()).toBe(false)
  }
  // The read button takes a click while the import runs.
  await inkstone.reader.readToggle.click()
  await expect(inkstone.reader.readToggle).toHaveText(/Mark as unread/)
  release()
  await expect(inkstone.importSummary).toBeVisible()
  await expect(banner).toBeHidden()
})

test('re-splitting the pages says so while it runs, then reports', async ({ inkstone, page }) => {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/library:resplit', async (route) => {
    await held
    await route.continue()
  })
  await page.getByTestId('import-button').click()
  await page.getByRole('menuitem', { name: 'Re-split all pages' }).click()
  const banner = page.getByTestId('import-banner')
  await expect(banner).toContainText('Re-splitting the pages…')
  await expect(banner).not.toContainText('Importing')
  await expect(page.getByTestId('import-button')).toHaveClass(/is-busy/)
  release()
  await expect(inkstone.importSummary).toBeVisible()
  await expect(banner).toBeHidden()
})
