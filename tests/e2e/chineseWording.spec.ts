import { Annotations } from './pages/Annotations'
import { expect, test } from './fixtures'
import { importManyStories } from './manyStories'

// The language setting starts at 'auto', which follows the browser's: a Chinese reader.
test.use({ locale: 'zh-CN' })

const ENGLISH_COLOUR = /\b(gray|grey|red|orange|yellow|green|teal|blue|purple|pink)\b/i
// The nine tag colours as a Chinese reader is told them.
const CHINESE_COLOURS = new Set([
  '灰色',
  '红色',
  '橙色',
  '黄色',
  '绿色',
  '青色',
  '蓝色',
  '紫色',
  '粉色',
])

test('each empty view says why in its own Chinese words: a collection is not a page', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  await notes.newCollection.fill('周末阅读')
  await notes.newCollection.press('Enter')
  await notes.collectionNav('周末阅读').click()
  const empty = page.getByTestId('empty-collection')
  await expect(empty).toContainText('这个合集还是空的')
  await expect(empty).toContainText('加入合集')
  // The page wording the issue found here.
  await expect(empty).not.toContainText('版面')
  await expect(empty).not.toContainText('文件')

  await page.getByTestId('nav-favorites').click()
  await expect(page.getByTestId('empty-favorites')).toContainText('还没有收藏')
  await page.getByTestId('nav-highlights').click()
  await expect(page.getByTestId('empty-highlights')).toContainText('还没有高亮')
  await page.getByTestId('highlights-color').selectOption({ index: 1 })
  await expect(page.getByTestId('empty-highlights')).toContainText('没有符合条件的高亮')

  await inkstone.search('不存在的词语组合')
  await expect(inkstone.list.noResults).toContainText('没有找到“不存在的词语组合”')
  for (const text of await page.locator('.empty-state').allInnerTexts()) {
    expect(text).not.toMatch(/[A-Za-z]{4,}/)
  }
})

test('tag colours are named in Chinese in tooltips and labels', async ({ inkstone, page }) => {
  const notes = new Annotations(page)
  await inkstone.list.options.first().click()
  await notes.storyTagInput.fill('工会')
  await notes.storyTagInput.press('Enter')
  const row = page.getByTestId('tag-nav').filter({ hasText: '工会' })
  const button = row.getByTestId('tag-color-button')
  const tooltip = (await button.getAttribute('title')) ?? ''
  expect(tooltip).toMatch(/^标签颜色：/)
  expect([...CHINESE_COLOURS].some((name) => tooltip.endsWith(name))).toBe(true)
  await button.click()
  const palette = page.getByTestId('tag-color-palette')
  await expect(palette).toBeVisible()
  const named = palette.locator('[title]')
  await expect(named).toHaveCount(CHINESE_COLOURS.size)
  for (const swatch of await named.all()) {
    expect(CHINESE_COLOURS.has((await swatch.getAttribute('title')) ?? '')).toBe(true)
  }
  // No tooltip or label around the tags says an English colour id.
  for (const element of await page
    .getByTestId('tags-section')
    .locator('[title], [aria-label]')
    .all()) {
    const words = `${await element.getAttribute('title')} ${await element.getAttribute('aria-label')}`
    expect(words).not.toMatch(ENGLISH_COLOUR)
  }
})

test('the shortcuts list names Space and click in Chinese', async ({ inkstone, page }) => {
  await inkstone.list.storyList.focus()
  await page.keyboard.press('?')
  const dialog = inkstone.shortcutsDialog
  await expect(dialog.getByRole('heading')).toHaveText('键盘快捷键')
  await expect(dialog.locator('kbd', { hasText: '空格' }).first()).toBeVisible()
  await expect(dialog.locator('kbd', { hasText: /^(Ctrl|⌘)\+点击$/ })).toHaveCount(1)
  for (const key of await dialog.locator('kbd').allInnerTexts()) {
    expect(key).not.toMatch(/Space|click/)
  }
})

test.describe.configure({ timeout: 180_000 })

test('search counts every hit in Chinese, far past a page (1,200 matches)', async ({
  inkstone,
}) => {
  await importManyStories(inkstone, 1_200, '完成')
  await inkstone.search('简讯')
  await expect(inkstone.list.searchSummary).toContainText('1,200 条结果')
  await expect(inkstone.list.searchSummary).not.toContainText('500')
  // A narrower query: every tenth story is a 劳模 one.
  await inkstone.search('劳模简讯')
  await expect(inkstone.list.searchSummary).toContainText('120 条结果')
})
