import { expect, test } from './fixtures'

/** A computed style of the first element matching `selector`. */
const styleOf = (page: import('@playwright/test').Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property)

test('each typography setting changes the story and is kept after a reload', async ({
  inkstone,
  page,
}) => {
  const { list, reader, settings } = inkstone
  await list.options.first().click()
  const paragraph = reader.paragraphs.first()
  await expect(paragraph).toHaveCSS('text-indent', '0px')
  expect(await styleOf(page, '.story', 'font-family')).toContain('Noto Sans CJK SC')

  await settings.open()
  const dialog = settings.dialog
  await dialog.getByRole('radio', { name: 'Songti (serif)' }).check()
  await dialog.getByTestId('setting-lineHeight').fill('2.2')
  await dialog.getByTestId('setting-columnWidth').fill('30')
  await dialog.getByTestId('setting-paragraphSpacing').fill('1.6')
  await dialog.getByTestId('setting-indent').check()
  await expect(dialog).toContainText('30 characters')
  await inkstone.screenshot('typography-settings')
  await settings.close()

  const check = async () => {
    const family = await styleOf(page, '.story', 'font-family')
    expect(family.startsWith('"Noto Serif CJK SC"')).toBe(true)
    expect(family).toContain('serif')
    // 18 px text: line height 2.2 = 39.6 px, gap 1.6 em = 28.8 px, indent 2 em = 36 px.
    await expect(paragraph).toHaveCSS('line-height', '39.6px')
    await expect(paragraph).toHaveCSS('margin-bottom', '28.8px')
    await expect(paragraph).toHaveCSS('text-indent', '36px')
    const text = await reader.paragraphs.first().evaluate((p) => p.clientWidth)
    expect(text).toBeLessThanOrEqual(30 * 18 + 1)
    expect(text).toBeGreaterThanOrEqual(28 * 18)
  }
  await check()
  await page.reload()
  await list.options.first().click()
  await check()

  await settings.open()
  await settings.dialog.getByRole('radio', { name: 'Kaiti' }).check()
  await settings.close()
  expect(await styleOf(page, '.story', 'font-family')).toMatch(/^"Kaiti SC", STKaiti, KaiTi/)
})

test('Chinese punctuation stays full-width and headlines and titles break evenly', async ({
  inkstone,
  page,
}) => {
  await inkstone.list.options.first().click()
  expect(await styleOf(page, '.story', 'text-spacing-trim')).toBe('space-all')
  expect(await styleOf(page, '.story-title', 'text-wrap-style')).toBe('balance')
  expect(await styleOf(page, '.story-body p', 'text-wrap-style')).toBe('pretty')
  expect(await styleOf(page, '.story-row-title', 'font-variant-numeric')).toBe('tabular-nums')
  expect(await styleOf(page, '.story-row-title', 'font-family')).toMatch(/^"PingFang SC"/)
  // A full-width quote is as wide as a Han character, in the story and in the list's titles.
  for (const selector of ['.story', '.story-row-title']) {
    const widths = await page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const probe = document.createElement('span')
        element.append(probe)
        const measure = (text: string) => {
          probe.textContent = text
          return probe.getBoundingClientRect().width
        }
        const result = { quote: measure('“'), han: measure('中') }
        probe.remove()
        return result
      })
    expect(widths.quote, selector).toBeGreaterThan(widths.han * 0.9)
  }
})
