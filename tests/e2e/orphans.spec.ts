import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Annotations } from './pages/Annotations'
import { expect, test } from './fixtures'

const page = (middle: string) =>
  [
    '夜读快讯',
    '',
    '本报讯 城市书房延长开放时间至晚上十点。',
    '',
    middle,
    '',
    '活动期间每晚安排一场读书分享会。',
    '',
  ].join('\n')

test('a highlight whose text is gone after a replace is kept as an orphan and re-attached with one selection', async ({
  inkstone,
  page: browser,
}) => {
  const notes = new Annotations(browser)
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-orphan-'))
  const file = join(dir, '夜读快讯.txt')
  const importFile = async (text: string) => {
    writeFileSync(file, text, 'utf8')
    await inkstone.filesInput().setInputFiles(file)
    await expect(inkstone.importSummary.getByTestId('import-orphaned')).toHaveCount(0)
    await inkstone.importSummary.getByRole('button', { name: 'Done' }).click()
  }
  try {
    await importFile(page('劳模工匠讲述自己的读书故事。'))
    await inkstone.sourceItem(/夜读快讯/).click()
    await inkstone.list.options.first().click()
    await notes.select('劳模工匠')
    await notes.toolbar.getByTestId('highlight-pink').click()
    await expect(notes.mark('劳模工匠')).toBeVisible()

    // The page changed: web mode updates it by an explicit replace (a new upload of the same
    // name would be a new page).
    writeFileSync(file, page('青年职工交流各自的阅读心得。'), 'utf8')
    await inkstone.replacePage(inkstone.sourceRows.filter({ hasText: '夜读快讯' }), file)
    await expect(inkstone.toast).toContainText('夜读快讯')
    await inkstone.list.options.first().click()
    await browser.getByTestId('toggle-panel').click()
    const orphans = browser.getByTestId('orphans')
    await expect(orphans).toContainText('劳模工匠')
    await expect(notes.marks).toHaveCount(0)

    await orphans.getByTestId('orphan-reattach').click()
    await notes.select('青年职工')
    await notes.toolbar.getByTestId('reattach').click()
    await expect(notes.mark('青年职工')).toHaveClass(/hl-pink/)
    await expect(orphans).toBeHidden()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
