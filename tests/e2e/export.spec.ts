import type { Download } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { unzipSync, strFromU8 } from 'fflate'
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { BackupDialogs } from './pages/BackupDialogs'
import { ExportDialog } from './pages/ExportDialog'
import type { ExportFormatName } from './pages/ExportDialog'
import { ReaderHighlights } from './pages/ReaderHighlights'

const QUOTE = '疗休养活动'
// Chinese, an ASCII comma and double quotes: each format must escape them its own way.
const NOTE = '值得推广, 这是"工会"的好做法'
const COLLECTION = '周末阅读'

/** Keeps the downloaded file with the test's artifacts and answers its bytes. */
const keep = async (download: Download): Promise<Buffer> => {
  const path = test.info().outputPath(download.suggestedFilename())
  await download.saveAs(path)
  return readFileSync(path)
}

interface Annotation {
  motivation: string | string[]
  body?: Array<{ value: string; purpose: string }>
  target: { selector?: Array<{ type: string; exact?: string }> }
}

test('export a collection with a highlight and a note to all five formats from the web UI', async ({
  inkstone,
  page,
}) => {
  const reader = new ReaderHighlights(page, inkstone)
  const exporter = new ExportDialog(page)
  await reader.notes.newCollection.fill(COLLECTION)
  await reader.notes.newCollection.press('Enter')
  await reader.openBySearch('疗休养', '淮南')
  await page.getByTestId('add-to-collection').selectOption({ label: COLLECTION })
  await reader.highlightWithNote(QUOTE, NOTE)
  await inkstone.library.getByTestId('nav-all').click()
  await inkstone.list.options.filter({ hasNotText: '淮南' }).first().click()
  await page.getByTestId('add-to-collection').selectOption({ label: COLLECTION })

  await exporter.openForCollection(COLLECTION)
  await expect(exporter.scope).toContainText(`Collection “${COLLECTION}”`)
  await expect(exporter.scope).toContainText('2 stories, 1 highlight')
  await inkstone.screenshot('export-dialog')
  await exporter.dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(exporter.dialog).toBeHidden()

  const exportOnce = async (format: ExportFormatName): Promise<[string, Buffer]> => {
    await exporter.openForCollection(COLLECTION)
    const download = await exporter.exportAs(format)
    await expect(exporter.result).toContainText('Exported 2 stories, 1 highlight and 1 note.')
    await expect(exporter.result).toContainText(download.suggestedFilename())
    const bytes = await keep(download)
    await exporter.doneButton.click()
    await expect(exporter.dialog).toBeHidden()
    return [download.suggestedFilename(), bytes]
  }

  const [csvName, csv] = await exportOnce('csv')
  expect(csvName).toMatch(/\.csv$/)
  const csvText = csv.toString('utf8')
  expect(csvText.startsWith('\uFEFF')).toBe(true)
  expect(csvText.slice(1).split(/\r?\n/)[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date')
  const rows = parse(csvText, { bom: true, columns: true }) as Array<Record<string, string>>
  const row = rows.find((entry) => entry.Highlight === QUOTE)
  expect(row?.Note).toContain(NOTE)

  const [, jsonld] = await exportOnce('jsonld')
  const collection = JSON.parse(jsonld.toString('utf8')) as {
    '@context': string
    type: string
    first: { items: Annotation[] }
  }
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
  expect(collection.type).toBe('AnnotationCollection')
  const highlight = collection.first.items.find((item) =>
    item.target.selector?.some((selector) => selector.exact === QUOTE),
  )
  expect(highlight?.motivation).toContain('highlighting')
  expect(highlight?.body?.find((body) => body.purpose === 'commenting')?.value).toBe(NOTE)

  const [, html] = await exportOnce('html')
  const page_ = html.toString('utf8')
  const marked = [...page_.matchAll(/<mark\b[^>]*>([\s\S]*?)<\/mark>/g)].map((match) => match[1])
  expect(marked.some((text) => text.replace(/<[^>]+>/g, '').includes(QUOTE))).toBe(true)
  expect(page_).not.toMatch(/<script\b/i)

  const [zipName, zip] = await exportOnce('markdown')
  expect(zipName).toMatch(/\.zip$/)
  const files = unzipSync(new Uint8Array(zip))
  const markdown = Object.entries(files).filter(([name]) => name.endsWith('.md'))
  expect(markdown.length).toBeGreaterThanOrEqual(3)
  const story = markdown.find(([, bytes]) => strFromU8(bytes).includes(QUOTE))
  expect(story, 'a story file holds the highlight').toBeDefined()
  expect(strFromU8(story![1])).toContain('推广')

  const [epubName, epub] = await exportOnce('epub')
  expect(epubName).toMatch(/\.epub$/)
  const book = unzipSync(new Uint8Array(epub))
  expect(strFromU8(book.mimetype)).toBe('application/epub+zip')
  expect(Object.values(book).some((bytes) => strFromU8(bytes).includes(QUOTE))).toBe(true)

  // The dialog opens on the format used last.
  await exporter.openForCollection(COLLECTION)
  await expect(exporter.format('epub')).toBeChecked()
})

test('export search results and a selection, highlights only', async ({ inkstone, page }) => {
  const reader = new ReaderHighlights(page, inkstone)
  const exporter = new ExportDialog(page)
  await reader.openBySearch('疗休养', '淮南')
  await reader.highlightWithNote(QUOTE, NOTE)

  await inkstone.search('疗休养')
  await page.getByTestId('export-results').click()
  await expect(exporter.scope).toContainText('Search results for “疗休养”')
  await exporter.highlightsOnly.check()
  const fromSearch = await exporter.exportAs('html')
  await expect(exporter.result).toContainText('1 highlight')
  const html = (await keep(fromSearch)).toString('utf8')
  expect(html).toContain(QUOTE)
  await exporter.doneButton.click()

  await inkstone.search('')
  // A click then a Ctrl+click checks both stories (a Ctrl+click alone would also take the open one).
  await inkstone.list.options.nth(0).click()
  await inkstone.list.options.nth(1).click({ modifiers: ['ControlOrMeta'] })
  await reader.notes.selectionBar.getByTestId('selection-export').click()
  await expect(exporter.scope).toContainText('2 selected stories')
  // The option is remembered with the format.
  await expect(exporter.highlightsOnly).toBeChecked()
  await expect(exporter.format('html')).toBeChecked()
  await exporter.highlightsOnly.uncheck()
  const fromSelection = await exporter.exportAs('csv')
  await expect(exporter.result).toContainText('Exported 2 stories')
  expect((await keep(fromSelection)).toString('utf8')).toContain('Highlight,Title,Author')
})

test('export a story as JSON-LD, delete its highlight, import the file: the highlight is back', async ({
  inkstone,
  page,
}) => {
  const reader = new ReaderHighlights(page, inkstone)
  const exporter = new ExportDialog(page)
  const files = new BackupDialogs(page)
  await reader.openBySearch('疗休养', '淮南')
  await reader.highlightWithNote(QUOTE, NOTE)

  await page.getByTestId('reader-more').click()
  await page.getByRole('menuitem', { name: 'Export story…' }).click()
  await expect(exporter.scope).toContainText('“')
  await expect(exporter.scope).toContainText('1 story, 1 highlight')
  const download = await exporter.exportAs('jsonld')
  const path = test.info().outputPath(download.suggestedFilename())
  await download.saveAs(path)
  await exporter.doneButton.click()

  await reader.deleteHighlight(QUOTE)
  await expect(reader.notes.marks).toHaveCount(0)

  await files.importAnnotations(path)
  await expect(files.annotationsReport).toContainText('1 restored')
  await inkstone.screenshot('import-annotations')
  await files.annotations.getByRole('button', { name: 'Done' }).click()
  await expect(reader.notes.mark(QUOTE)).toHaveClass(/has-note/)

  // The same file again changes nothing.
  await files.importAnnotations(path)
  await expect(files.annotationsReport).toContainText('0 restored')
  await expect(files.annotationsReport).toContainText('1 already in the library')
  await files.annotations.getByRole('button', { name: 'Done' }).click()
  await expect(reader.notes.marks).toHaveCount(1)
})

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('the File menu exports the whole library, in the reader’s language', async ({
    inkstone,
    page,
  }) => {
    const exporter = new ExportDialog(page)
    const stories = await inkstone.list.storyCount()
    await page.getByTestId('file-menu').click()
    await page.getByRole('menuitem', { name: '导出文库…' }).click()
    await expect(exporter.scope).toContainText('整个文库')
    await expect(exporter.scope).toContainText(`${stories} 篇文章、0 条高亮`)
    await expect(exporter.dialog.getByText('网页批注（JSON-LD）')).toBeVisible()
    await inkstone.screenshot('export-dialog-zh')
    const download = await exporter.exportAs('jsonld')
    await expect(exporter.result).toContainText(`已导出 ${stories} 篇文章、0 条高亮和 0 条笔记。`)
    await expect(exporter.result).toContainText(`浏览器已将“${download.suggestedFilename()}”`)
  })
})
