import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const NEWSLETTER = [
  '江城工会通讯',
  '2024年3月5日  星期二  第312期',
  '',
  '市总工会召开全市工会工作会议',
  '',
  '本报讯 近日，市总工会召开全市工会工作会议，总结今年工作，部署明年任务。各县区总工会主要负责人参加会议。',
  '',
].join('\n')

const ARTICLE = `<!doctype html><html><head><meta charset="utf-8">
<title>职工书屋添新书 | 江城工会网</title></head><body><article>
<h1>职工书屋添新书</h1><p>本报讯 近日，市总工会为基层职工书屋送去新书两千册，涵盖文学、历史和科普。</p>
<p>职工们纷纷表示，下班后有了好去处，读书的氛围更浓了。</p></article></body></html>`

test('an imported newsletter goes by its name and date, an HTML page by its title', async ({
  inkstone,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-page-names-'))
  const files = [
    ['scan_0001.txt', NEWSLETTER],
    ['page-7f3a.html', ARTICLE],
  ].map(([name, text]) => {
    const path = join(dir, name)
    writeFileSync(path, text, 'utf8')
    return path
  })
  try {
    await inkstone.filesInput().setInputFiles(files)
    await expect(inkstone.importSummary).toBeVisible()
    await inkstone.importSummary.getByRole('button', { name: 'Done' }).click()

    const newsletter = inkstone.sourceRows.filter({ hasText: '江城工会通讯 · 2024年3月5日' })
    await expect(newsletter).toHaveCount(1)
    await expect(newsletter).toContainText('scan_0001')
    const article = inkstone.sourceRows.filter({ hasText: '职工书屋添新书' })
    await expect(article).toHaveCount(1)
    await expect(article).not.toContainText('江城工会网')

    // Dated newest first: the newsletter of 2024 sorts by its own date, below today's imports.
    await expect(inkstone.sourceRows.last()).toContainText('江城工会通讯')

    // A story of the newsletter names its page by the newsletter's name and date too.
    await newsletter.getByRole('button').first().click()
    await inkstone.library.getByTestId('nav-all').click()
    await inkstone.list.sort.selectOption('imported')
    const story = inkstone.list.option('市总工会召开全市工会工作会议')
    await expect(story.locator('.story-row-source')).toHaveText('江城工会通讯 · 2024年3月5日')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
