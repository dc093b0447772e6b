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

test('a replace says so while it runs, waits for itself, then reports', async ({
  inkstone,
  page,
}) => {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  let calls = 0
  await page.route('**/api/sources:replace', async (route) => {
    calls += 1
    await held
    // The first run goes through; a failure is shown in the toast.
    if (calls === 1) await route.continue()
    else await route.fulfill({ json: { ok: false, error: { code: 'INTERNAL', message: 'x' } } })
  })
  const rows = inkstone.sourceRows
  const row = rows.first()
  const name = (await row.locator('.nav-item-label').innerText()).trim()
  const otherName = (await rows.nth(1).locator('.nav-item-label').innerText()).trim()
  // By name: the replaced page takes a new name and may move in the order.
  const other = rows.filter({ has: page.getByText(otherName, { exact: true }) })
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-replace-'))
  const file = join(dir, '夜读快讯.txt')
  writeFileSync(file, PAGE_TEXT, 'utf8')
  try {
    await inkstone.replacePage(row, file)
    const status = page.getByTestId('replace-status')
    await expect(status).toHaveText(`Replacing “${name}” with “夜读快讯.txt”…`)
    await expect(row.getByRole('button', { name: 'Replacing this page…' })).toHaveAttribute(
      'aria-busy',
      'true',
    )
    // Every other page's button waits, and the menu offers no second replace meanwhile.
    await other.hover()
    const otherButton = other.getByRole('button', { name: 'Replace with file…' })
    await expect(otherButton).toHaveAttribute('aria-disabled', 'true')
    await other.getByRole('button').first().click({ button: 'right' })
    await expect(page.getByRole('menuitem', { name: 'Rename page…' })).toBeVisible()
    await expect(page.getByRole('menuitem', { name: 'Replace with file…' })).toHaveCount(0)
    await page.keyboard.press('Escape')
    await inkstone.screenshot('replace-page-busy')

    release()
    await expect(inkstone.toast).toContainText('with “夜读快讯.txt”')
    await expect(status).toBeEmpty()
    await expect(otherButton).not.toHaveAttribute('aria-disabled')

    // A failed replace: the toast says so and the buttons come back.
    await inkstone.replacePage(other, file)
    await expect(inkstone.toast).toContainText('Something went wrong')
    await expect(status).toBeEmpty()
    expect(calls).toBe(2)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
