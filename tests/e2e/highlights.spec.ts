import { Annotations } from './pages/Annotations'
import { expect, test } from './fixtures'

const QUOTE = '疗休养活动'

test('select text, highlight it with a note, reload: still there and in the Highlights view', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  await inkstone.search('疗休养')
  await inkstone.list.hits.filter({ hasText: '淮南' }).click()
  await inkstone.search('')
  await notes.select(QUOTE)
  await expect(notes.toolbar).toBeVisible()
  await notes.toolbar.getByTestId('highlight-note').click()
  await expect(notes.popover).toBeVisible()
  await notes.noteInput.fill('值得**推广**')
  await notes.popover.getByTestId('highlight-save').click()
  await expect(notes.mark(QUOTE)).toHaveClass(/has-note/)

  await page.reload()
  await inkstone.list.options.first().waitFor()
  await page.getByTestId('nav-highlights').click()
  await expect(notes.highlightRows).toHaveCount(1)
  await expect(notes.highlightRows.first()).toContainText(QUOTE)
  await expect(notes.highlightRows.first().locator('strong')).toHaveText('推广')
  await inkstone.screenshot('highlights-view')
  await notes.highlightRows.first().click()
  await expect(notes.mark(QUOTE)).toBeVisible()
  await page.getByTestId('toggle-panel').click()
  await expect(notes.panel.getByTestId('panel-highlight')).toContainText(QUOTE)
  await expect(notes.panel.locator('strong')).toHaveText('推广')
  await inkstone.screenshot('highlights')
})

test('change a highlight colour, delete it, and undo the delete', async ({ inkstone, page }) => {
  const notes = new Annotations(page)
  await inkstone.list.options.first().click()
  const text = (await inkstone.reader.paragraphs.first().innerText()).slice(2, 10)
  await notes.select(text)
  await notes.toolbar.getByTestId('highlight-green').click()
  await expect(notes.mark(text)).toHaveClass(/hl-green/)
  await notes.mark(text).click()
  await notes.popover.getByRole('button', { name: 'Purple' }).click()
  await expect(notes.mark(text)).toHaveClass(/hl-purple/)
  await notes.popover.getByTestId('highlight-delete').click()
  await expect(notes.marks).toHaveCount(0)
  await expect(notes.toast).toContainText('Deleted highlight')
  await notes.toast.getByRole('button', { name: 'Undo' }).click()
  await expect(notes.mark(text)).toHaveClass(/hl-purple/)
})

test('a story note is saved and rendered as Markdown, with scripts and handlers removed', async ({
  inkstone,
  page,
}) => {
  let isDialogShown = false
  page.on('dialog', (dialog) => {
    isDialogShown = true
    void dialog.dismiss()
  })
  await inkstone.list.options.first().click()
  await page.getByTestId('toggle-panel').click()
  await page.getByTestId('note-edit').click()
  await page
    .getByTestId('note-input')
    .fill(
      '# 读后感\n\n<script>alert(1)</script><img src=x onerror="alert(2)">\n\n*好文章* [链接](javascript:alert(3))',
    )
  await page.getByTestId('note-save').click()
  const rendered = page.getByTestId('note-rendered')
  await expect(rendered.locator('h1')).toHaveText('读后感')
  await expect(rendered.locator('em')).toHaveText('好文章')
  expect(await rendered.innerHTML()).not.toMatch(/script|onerror|<img/)
  await expect(rendered.locator('a')).not.toHaveAttribute('href', /javascript/)
  await page.reload()
  await inkstone.list.options.first().click()
  await expect(page.getByTestId('note-rendered').locator('em')).toHaveText('好文章')
  expect(isDialogShown).toBe(false)
})

test('the reader names the colours in Settings, and the toolbar uses the names', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  await inkstone.settings.open()
  await page.getByTestId('color-name-yellow').fill('要点')
  await inkstone.settings.close()
  await inkstone.list.options.first().click()
  const text = (await inkstone.reader.paragraphs.first().innerText()).slice(0, 6)
  await notes.select(text)
  await expect(notes.toolbar.getByTestId('highlight-yellow')).toHaveAttribute('title', '要点')
  await page.keyboard.press('h')
  await expect(notes.mark(text)).toHaveClass(/hl-yellow/)
})
