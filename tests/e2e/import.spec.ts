import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
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

/**
 * A GBK page of some 2,000 characters with two characters cut short (their last byte lost), as
 * pages saved from old sites arrive: mostly valid, so it is read with two U+FFFD.
 */
const damagedGbkPage = (): Buffer => {
  const sentences = PAGE_TEXT.split('\n').filter((line) => line.endsWith('。'))
  const paragraphs = Array.from({ length: 30 }, (_, n) =>
    [0, 1, 2].map((step) => sentences[(n + step) % sentences.length]).join(''),
  )
  const bytes = iconv.encode(['职工之家通讯', ...paragraphs].join('\n\n') + '\n', 'gbk')
  const lineEnds = Array.from(bytes).flatMap((byte, at) =>
    byte === 0x0a && bytes[at - 1] !== 0x0a ? [at] : [],
  )
  const cut = new Set([lineEnds[3] - 1, lineEnds[9] - 1])
  return Buffer.from(Array.from(bytes).filter((_, at) => !cut.has(at)))
}

test('a page with a few broken bytes is imported and the summary says how many were replaced', async ({
  inkstone,
}) => {
  const { importSummary } = inkstone
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-upload-'))
  const file = join(dir, '旧站通讯.txt')
  writeFileSync(file, damagedGbkPage())
  try {
    await inkstone.filesInput().setInputFiles(file)
    const repaired = importSummary.getByTestId('import-repaired')
    await expect(repaired.getByRole('heading')).toHaveText('1 file read despite broken bytes')
    await expect(repaired.getByRole('listitem')).toContainText('旧站通讯.txt')
    await expect(repaired.getByRole('listitem')).toContainText(
      '2 broken sequences shown as “\ufffd” (gb18030)',
    )
    await expect(importSummary.getByTestId('import-added')).toHaveText(/[1-9]\d* stor(y|ies) added/)
    await importSummary.getByRole('button', { name: 'Done' }).click()
    await expect(inkstone.sourceItem(/旧站通讯/)).toBeVisible()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test.describe('in the Chinese interface', () => {
  test.use({ locale: 'zh-CN' })

  test('the summary names a repaired page and its replacements in Chinese', async ({
    inkstone,
  }) => {
    const { importSummary } = inkstone
    const dir = mkdtempSync(join(tmpdir(), 'inkstone-upload-'))
    const file = join(dir, '旧站通讯.txt')
    writeFileSync(file, damagedGbkPage())
    try {
      await inkstone.filesInput().setInputFiles(file)
      const repaired = importSummary.getByTestId('import-repaired')
      await expect(repaired.getByRole('heading')).toHaveText('1 个文件含有损坏的字节，已照常读取')
      await expect(repaired.getByRole('listitem')).toContainText(
        '2 处损坏的字节显示为“\ufffd”（gb18030）',
      )
      await importSummary.getByRole('button', { name: '完成' }).click()
      await expect(importSummary).toBeHidden()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
