/// <reference lib="dom" />
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { PrintView } from './pages/PrintView'
import { ReaderHighlights } from './pages/ReaderHighlights'

const QUOTE = '疗休养活动'
const NOTE = '值得**推广**的做法'

test('Ctrl+P prints the open story alone: no interface, highlights in colour, notes as footnotes', async ({
  inkstone,
  page,
}) => {
  const reader = new ReaderHighlights(page, inkstone)
  const print = new PrintView(page)
  await reader.openBySearch('疗休养', '淮南')
  await reader.highlightWithNote(QUOTE, NOTE)
  const headline = (await inkstone.reader.headline.innerText()).trim()
  const paragraphCount = await inkstone.reader.paragraphs.count()
  const readerFontSize = await inkstone.reader.paragraphs
    .first()
    .evaluate((element) => getComputedStyle(element).fontSize)
  await expect(print.root).toHaveCount(0)

  await print.stubPrintDialog()
  await inkstone.reader.scroller.click()
  await page.keyboard.press('ControlOrMeta+p')
  expect(await print.printCalls()).toBe(1)
  // On screen the printable copy never shows.
  await expect(print.root).toBeHidden()

  await page.emulateMedia({ media: 'print' })
  await expect(print.root).toBeVisible()
  await expect(inkstone.library).toBeHidden()
  await expect(inkstone.list.region).toBeHidden()
  await expect(page.getByTestId('file-menu')).toBeHidden()
  await expect(page.getByRole('toolbar', { name: 'Reader' })).toBeHidden()
  await expect(inkstone.reader.main).toBeHidden()

  await expect(print.headline).toHaveText(headline)
  await expect(print.paragraphs).toHaveCount(paragraphCount)
  const mark = print.marks.filter({ hasText: QUOTE })
  await expect(mark).toBeVisible()
  const style = await mark.evaluate((element) => {
    const computed = getComputedStyle(element)
    return { background: computed.backgroundColor, adjust: computed.printColorAdjust }
  })
  expect(style.background).not.toBe('rgba(0, 0, 0, 0)')
  expect(style.adjust).toBe('exact')
  await expect(print.refs).toHaveText(['1'])
  await expect(print.footnotes).toHaveCount(1)
  await expect(print.footnotes.first()).toContainText(QUOTE)
  await expect(print.footnotes.first().locator('strong')).toHaveText('推广')
  expect(
    await print.paragraphs.first().evaluate((element) => getComputedStyle(element).fontSize),
  ).toBe(readerFontSize)
  // Nothing clips the story to the window: it runs on past the first page.
  const heights = await page.evaluate(() => ({
    content: document.documentElement.scrollHeight,
    window: window.innerHeight,
  }))
  expect(heights.content).toBeGreaterThan(heights.window)

  await page.screenshot({ path: test.info().outputPath('print-story.png'), fullPage: true })
  const pdfPath = test.info().outputPath('print-story.pdf')
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true })
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-')
})

test('the browser’s own Print and the reader menu give the same printout', async ({
  inkstone,
  page,
}) => {
  const reader = new ReaderHighlights(page, inkstone)
  const print = new PrintView(page)
  await reader.openBySearch('疗休养', '淮南')
  const headline = (await inkstone.reader.headline.innerText()).trim()
  await expect(print.root).toHaveCount(0)

  // The browser's own print (its menu, or a PDF) lays the page out after 'beforeprint': what it
  // printed is read back when it is done, before the printable copy goes away.
  await page.evaluate(() => {
    window.addEventListener('afterprint', () => {
      const root = document.querySelector('[data-testid="print-story"]')
      const printed = window as unknown as { printedHeadline: string | null }
      printed.printedHeadline = root?.querySelector('h1')?.textContent ?? null
    })
  })
  await page.pdf({ path: test.info().outputPath('browser-print.pdf') })
  expect(
    await page.evaluate(
      () => (window as unknown as { printedHeadline: string | null }).printedHeadline,
    ),
  ).toBe(headline)
  await expect(print.root).toHaveCount(0)

  await print.stubPrintDialog()
  await page.getByTestId('reader-more').click()
  await page.getByRole('menuitem', { name: 'Print…' }).click()
  expect(await print.printCalls()).toBe(1)
  await page.emulateMedia({ media: 'print' })
  await expect(print.headline).toHaveText(headline)
  await expect(inkstone.reader.main).toBeHidden()
})

test('with no story open, Ctrl+P says to open one first', async ({ inkstone, page }) => {
  const print = new PrintView(page)
  await print.stubPrintDialog()
  await inkstone.list.storyList.focus()
  await page.keyboard.press('ControlOrMeta+p')
  await expect(inkstone.toast).toContainText('Open a story to print it.')
  expect(await print.printCalls()).toBe(0)
})
