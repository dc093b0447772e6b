import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { Annotations } from './pages/Annotations'

// One story whose text holds a literal `tag:工会`, Chinese quotes and Latin in both widths.
const PAGE_TEXT = [
  '工会快讯',
  '',
  '工会帮扶“两节”送温暖',
  '',
  '□本报记者 林晓',
  '',
  '“两节”期间，市总工会开展帮扶送温暖活动。标签写作tag:工会，只是文字。',
  '',
  'The UNION met on Monday; the Trade Union of ＵＮＩＯＮ workers helped too.',
  '',
].join('\n')
const TITLE = '工会帮扶“两节”送温暖'

test('searching 疗休养 lists the matching stories and marks the match in the reader', async ({
  inkstone,
}) => {
  const { list, reader } = inkstone
  await inkstone.search('疗休养')
  await expect(list.hits.first()).toBeVisible()
  await expect(list.searchSummary).toContainText('疗休养')
  // Every hit shows a snippet with the match marked.
  const hitCount = await list.hits.count()
  expect(hitCount).toBeGreaterThan(0)
  for (let index = 0; index < hitCount; index += 1) {
    await expect(list.hits.nth(index).locator('mark').first()).toHaveText('疗休养')
  }

  await list.hits.first().click()
  await expect(reader.marks.first()).toHaveText('疗休养')
  await expect(reader.currentMark).toHaveText('疗休养')
  await inkstone.screenshot('search')
  const total = await reader.marks.count()
  await expect(reader.matchCounter).toHaveText(`1 / ${total}`)
  if (total > 1) {
    await reader.nextMatch.click()
    await expect(reader.matchCounter).toHaveText(`2 / ${total}`)
    await inkstone.page.locator('body').press('N')
    await expect(reader.matchCounter).toHaveText(`1 / ${total}`)
  }
})

test('a query with no hits says so, and Esc returns to the story list', async ({ inkstone }) => {
  const { list } = inkstone
  await inkstone.search('没有这个词语')
  await expect(list.noResults).toContainText('没有这个词语')
  await inkstone.searchBox.press('Escape')
  await expect(inkstone.searchBox).toHaveValue('')
  await expect(list.storyList).toBeFocused()
  await expect(list.options.first()).toBeVisible()
})

test('Ctrl+K and / focus the search box', async ({ inkstone }) => {
  const { page } = inkstone
  await page.locator('body').press('Control+k')
  await expect(inkstone.searchBox).toBeFocused()
  await inkstone.searchBox.press('Escape')
  await page.locator('body').press('/')
  await expect(inkstone.searchBox).toBeFocused()
})

test('the reader marks what search matched: words not filters, quoted words, full-width Latin', async ({
  inkstone,
  page,
}) => {
  const { list, reader, importSummary } = inkstone
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-upload-'))
  const file = join(dir, '工会快讯.txt')
  writeFileSync(file, PAGE_TEXT, 'utf8')
  try {
    await inkstone.filesInput().setInputFiles(file)
    await importSummary.getByRole('button', { name: 'Done' }).click()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  await inkstone.search('ＵＮＩＯＮ')
  await list.hit(TITLE).click()
  await expect(reader.marks).toHaveText(['UNION', 'Union', 'ＵＮＩＯＮ'])

  await inkstone.search('“两节” 送温暖')
  await expect(list.hit(TITLE)).toBeVisible()
  await expect(reader.marks).toHaveText(['两节', '送温暖', '两节', '送温暖'])

  const notes = new Annotations(page)
  await notes.storyTagInput.fill('工会')
  await notes.storyTagInput.press('Enter')
  await expect(notes.tagChips).toHaveText(['工会×'])
  await inkstone.search('tag:工会 帮扶')
  await expect(list.hits).toHaveCount(1)
  await expect(reader.marks).toHaveText(['帮扶', '帮扶'])
  await expect(reader.matchCounter).toHaveText('1 / 2')
})
