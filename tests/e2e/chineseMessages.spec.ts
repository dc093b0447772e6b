import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Annotations } from './pages/Annotations'
import { expect, test } from './fixtures'

// The language setting starts at 'auto', which follows the browser's: a Chinese reader.
test.use({ locale: 'zh-CN' })

// Core's reasons and actions arrive as codes; no English sentence of core's may show here.
const ENGLISH_WORD = /[A-Za-z]{4,}/

test('in the Chinese interface, skipped files say why in Chinese', async ({ inkstone }) => {
  const { importSummary } = inkstone
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-zh-'))
  const png = join(dir, 'picture.png')
  const fake = join(dir, 'fake.html')
  const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
  writeFileSync(png, bytes)
  writeFileSync(fake, bytes)
  try {
    await inkstone.filesInput().setInputFiles([png, fake])
    await expect(importSummary).toBeVisible()
    await expect(importSummary.getByRole('heading', { name: '跳过 2 个文件' })).toBeVisible()
    const skipped = importSummary.getByRole('listitem')
    await expect(skipped.filter({ hasText: 'picture.png' })).toContainText(
      '不支持的文件类型（.png）',
    )
    await expect(skipped.filter({ hasText: 'fake.html' })).toContainText('二进制文件（不是文本）')
    for (const reason of await importSummary.locator('.import-skipped-reason').allInnerTexts()) {
      expect(reason).not.toMatch(ENGLISH_WORD)
    }
    await importSummary.getByRole('button', { name: '完成' }).click()
    await expect(importSummary).toBeHidden()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('in the Chinese interface, the undo toast names the deleted highlight in Chinese', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  await inkstone.list.options.first().click()
  const text = (await inkstone.reader.paragraphs.first().innerText()).slice(2, 10)
  await notes.select(text)
  await notes.toolbar.getByTestId('highlight-yellow').click()
  await expect(notes.mark(text)).toHaveClass(/hl-yellow/)
  await notes.mark(text).click()
  await notes.popover.getByTestId('highlight-delete').click()
  await expect(notes.marks).toHaveCount(0)
  await expect(notes.toast).toContainText(`删除了高亮“${text}`)
  await expect(notes.toast).not.toContainText('Deleted')
  await notes.toast.getByRole('button', { name: '撤销' }).click()
  await expect(notes.mark(text)).toHaveClass(/hl-yellow/)
  await expect(notes.toast).toContainText(`已撤销：删除了高亮“${text}`)
  expect((await notes.toast.innerText()).replace(text, '')).not.toMatch(ENGLISH_WORD)
})
