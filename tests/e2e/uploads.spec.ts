import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const MB = 1024 * 1024

const smallPage = (headline: string) =>
  `${headline}\n\n本报讯 ${headline}，职工们纷纷表示欢迎，活动将持续到月底，欢迎大家踊跃参加。\n`

// 12 MB, nearly all of it style sheet (as saved web pages are), so importing it stays quick.
const bigPage = (headline: string) => {
  const rule = '.c{margin:0 auto;padding:1px}\n'
  const style = rule.repeat(Math.ceil((12 * MB) / rule.length))
  return `<!doctype html><meta charset=utf-8><style>${style}</style><h1>${headline}</h1><p>本报讯 ${headline}，这一页虽大，正文却短。</p>`
}

const makeDir = () => mkdtempSync(join(tmpdir(), 'inkstone-uploads-'))

test('several files, four of 12 MB and one over the limit: each gets its own outcome', async ({
  inkstone,
}) => {
  test.setTimeout(180_000)
  const { importSummary } = inkstone
  const dir = makeDir()
  const files = [
    ['早班快讯.txt', smallPage('早班快讯职工食堂开张')],
    ...[1, 2, 3, 4].map((n) => [`大页面${n}.html`, bigPage(`大页面第${n}号头条`)]),
    ['太大了.txt', 'x'.repeat(21 * MB)],
    ['晚班快讯.md', `# 晚班快讯\n\n${smallPage('晚班快讯夜校开课')}`],
  ]
  const paths = files.map(([name, text]) => {
    const path = join(dir, name)
    writeFileSync(path, text, 'utf8')
    return path
  })
  try {
    await inkstone.filesInput().setInputFiles(paths)
    await expect(importSummary).toBeVisible({ timeout: 150_000 })
    await expect(importSummary.getByTestId('import-added')).toContainText('from 6 files')
    await expect(importSummary.getByRole('heading', { name: '1 file skipped' })).toBeVisible()
    const skipped = importSummary.getByRole('listitem')
    await expect(skipped).toHaveCount(1)
    await expect(skipped).toContainText('太大了.txt')
    await expect(skipped).toContainText('larger than 20 MB')
    await importSummary.getByRole('button', { name: 'Done' }).click()
    for (const name of [/早班快讯/, /晚班快讯/, /大页面1/, /大页面4/]) {
      await expect(inkstone.sourceItem(name)).toBeVisible()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('an upload the bridge refuses or cannot answer is skipped with its reason, the rest import', async ({
  inkstone,
  page,
}) => {
  const { importSummary } = inkstone
  // Stand-ins for what the bridge or the network can do to one request among several.
  await page.route('**/api/library:importUploads', (route) => {
    const body = route.request().postData() ?? ''
    if (body.includes('"name":"refused.txt"')) {
      return route.fulfill({
        status: 413,
        contentType: 'application/json',
        body: JSON.stringify({
          ok: false,
          error: { code: 'TOO_LARGE', message: 'request body over 1 bytes' },
        }),
      })
    }
    if (body.includes('"name":"lost.txt"')) return route.abort('connectionreset')
    return route.continue()
  })
  const dir = makeDir()
  const paths = [
    ['refused.txt', smallPage('被拒绝的页面')],
    ['kept.txt', smallPage('保留下来的页面')],
    ['lost.txt', smallPage('丢失的页面')],
  ].map(([name, text]) => {
    const path = join(dir, name)
    writeFileSync(path, text, 'utf8')
    return path
  })
  try {
    await inkstone.filesInput().setInputFiles(paths)
    await expect(importSummary.getByTestId('import-added')).toContainText('from 1 file')
    const skipped = importSummary.getByRole('listitem')
    await expect(skipped).toHaveCount(2)
    await expect(skipped.filter({ hasText: 'refused.txt' })).toContainText('larger than 20 MB')
    await expect(skipped.filter({ hasText: 'lost.txt' })).toBeVisible()
    await importSummary.getByRole('button', { name: 'Done' }).click()
    await expect(inkstone.sourceItem(/kept/)).toBeVisible()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
