import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const PAGE_TEXT = [
  '城市书房夜读季正式启动',
  '',
  '本周五起，市图书馆城市书房延长开放时间至晚上十点，方便职工下班后阅读。',
  '',
].join('\n')

test('replace a page with a file, then undo the replace', async ({ inkstone }) => {
  const { list } = inkstone
  const row = inkstone.sourceRows.first()
  await row.getByRole('button').first().click()
  await expect(list.options.first()).toBeVisible()
  const titles = await list.options.allTextContents()
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-replace-'))
  const file = join(dir, '夜读快讯.txt')
  writeFileSync(file, PAGE_TEXT, 'utf8')
  try {
    await inkstone.replacePage(row, file)

    await expect(inkstone.toast).toContainText('with “夜读快讯.txt”')
    // The page now goes by the new text's name; the file's name is in its tooltip.
    await expect(row).toContainText('城市书房夜读季正式启动')
    await expect(row.getByRole('button').first()).toHaveAttribute('title', /夜读快讯/)
    await expect(list.options).toHaveCount(1)
    await expect(list.options.first()).toContainText('城市书房夜读季正式启动')
    await inkstone.screenshot('replace-page')

    await inkstone.toast.getByRole('button', { name: 'Undo' }).click()
    await expect(inkstone.toast).toContainText('Replaced')
    await expect(inkstone.sourceRows.filter({ hasText: '城市书房夜读季正式启动' })).toHaveCount(0)
    await expect.poll(() => list.options.allTextContents()).toEqual(titles)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
