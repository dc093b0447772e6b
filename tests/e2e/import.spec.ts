import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const PAGE_TEXT = [
  '城市书房',
  '',
  '城市书房夜读季正式启动',
  '',
  '□本报记者 林晓',
  '',
  '本周五起，市图书馆城市书房延长开放时间至晚上十点，方便职工下班后阅读。',
  '',
  '活动期间，每晚安排一场读书分享会，由劳模工匠讲述自己的读书故事。',
  '',
].join('\n')

test('importing a file through the picker adds its stories and shows a summary', async ({
  inkstone,
}) => {
  const { list, importSummary } = inkstone
  const before = await list.storyCount()
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-upload-'))
  const file = join(dir, '夜读快讯.txt')
  writeFileSync(file, PAGE_TEXT, 'utf8')
  try {
    await inkstone.filesInput().setInputFiles(file)
    await expect(importSummary).toBeVisible()
    await expect(importSummary.getByTestId('import-added')).toHaveText(/[1-9]\d* stor(y|ies) added/)
    await importSummary.getByRole('button', { name: 'Done' }).click()
    await expect(importSummary).toBeHidden()

    await expect.poll(() => list.storyCount()).toBeGreaterThan(before)
    await expect(inkstone.sourceItem(/夜读快讯/)).toBeVisible()
    await inkstone.search('城市书房夜读')
    await expect(list.hits.first()).toContainText('城市书房')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('an unsupported file is reported as skipped with its reason', async ({ inkstone }) => {
  const { importSummary } = inkstone
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-upload-'))
  const file = join(dir, 'picture.png')
  writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]))
  try {
    await inkstone.filesInput().setInputFiles(file)
    await expect(importSummary).toBeVisible()
    await expect(importSummary.getByText('picture.png')).toBeVisible()
    await expect(importSummary.getByRole('heading', { name: /1 file skipped/ })).toBeVisible()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('dropping a file on the window shows the drop overlay and imports it', async ({
  inkstone,
}) => {
  const { page, list, importSummary } = inkstone
  const before = await list.storyCount()
  // A DataTransfer built in the page, as a drag from the file manager would deliver it.
  const dataTransfer = await page.evaluateHandle(`(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([${JSON.stringify(PAGE_TEXT)}], '拖放快讯.txt', { type: 'text/plain' }))
    return transfer
  })()`)
  await page.dispatchEvent('body', 'dragenter', { dataTransfer })
  await expect(page.getByTestId('drop-overlay')).toBeVisible()
  await page.dispatchEvent('body', 'drop', { dataTransfer })
  await expect(page.getByTestId('drop-overlay')).toBeHidden()
  await expect(importSummary.getByTestId('import-added')).toHaveText(/[1-9]\d* stor(y|ies) added/)
  await importSummary.getByRole('button', { name: 'Done' }).click()
  await expect.poll(() => list.storyCount()).toBeGreaterThan(before)
  await expect(inkstone.sourceItem(/拖放快讯/)).toBeVisible()
})
