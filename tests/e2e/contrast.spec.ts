import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { Annotations } from './pages/Annotations'

// Wide enough that the library, the list, the story and its notes panel all dock side by side.
test.use({ viewport: { width: 1600, height: 1000 } })

// Contrast first, with the WCAG A/AA rules that name and label what a reader operates.
const RULES = [
  'color-contrast',
  'button-name',
  'label',
  'select-name',
  'link-name',
  'image-alt',
  'html-has-lang',
  'document-title',
  'aria-allowed-attr',
  'aria-required-attr',
  'aria-valid-attr-value',
  // A story row is an option: its check box is drawn, not a control (aria-checked says it).
  'nested-interactive',
]

const THEMES = [
  { name: 'Light', id: 'light' },
  { name: 'Sepia', id: 'sepia' },
  { name: 'Dark', id: 'dark' },
] as const

test('every text keeps 4.5:1 contrast in all three themes (axe-core)', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  const { list, reader, settings, library } = inkstone
  await list.options.first().click()
  await notes.select((await reader.paragraphs.first().innerText()).slice(2, 9))
  await notes.toolbar.getByTestId('highlight-green').click()
  await list.options.nth(1).click()
  // One row checked, so the checked box and the selection bar are measured too.
  await list.options.nth(2).getByTestId('story-row-check').click()
  await page.getByTestId('toggle-panel').click()
  await expect(notes.panel).toBeVisible()
  await expect(library).toBeVisible()
  await expect(list.region).toBeVisible()

  for (const theme of THEMES) {
    await settings.open()
    await settings.choose(theme.name)
    await settings.close()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.id)
    const results = await new AxeBuilder({ page }).withRules(RULES).analyze()
    const contrast = results.passes.find((rule) => rule.id === 'color-contrast')
    // Enough text was measured to mean something: rows, headings, panel, toolbar, story.
    expect(contrast?.nodes.length ?? 0).toBeGreaterThan(40)
    const found = results.violations.map(
      (violation) =>
        `${theme.id} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
    expect(found).toEqual([])
    await inkstone.screenshot(`contrast-${theme.id}`)
  }
})

test('a story row holds no control: its box and Space check it, aria-checked says so', async ({
  inkstone,
  page,
}) => {
  const notes = new Annotations(page)
  const { list, reader } = inkstone
  const first = list.options.first()
  const title = await first.locator('.story-row-title').innerText()
  await expect(first).toHaveAttribute('aria-checked', 'false')
  await expect(first.locator('input, button, a, [tabindex]')).toHaveCount(0)

  // The box checks the row without opening it.
  await first.hover()
  await first.getByTestId('story-row-check').click()
  await expect(first).toHaveAttribute('aria-checked', 'true')
  await expect(notes.selectionBar).toContainText('1 selected')
  await expect(reader.headline).toHaveCount(0)
  await first.getByTestId('story-row-check').click()
  await expect(first).toHaveAttribute('aria-checked', 'false')

  // The keyboard: arrows move the cursor (aria-selected), Space checks, Enter opens.
  await list.storyList.focus()
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowDown')
  const second = list.options.nth(1)
  await expect(second).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Space')
  await expect(second).toHaveAttribute('aria-checked', 'true')
  await expect(notes.selectionBar).toContainText('1 selected')
  // A plain click still opens the row it lands on.
  await first.click()
  await expect(reader.headline).toHaveText(title.trim())
  await expect(second).toHaveAttribute('aria-checked', 'true')
})
