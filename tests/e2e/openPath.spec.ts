import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Opening a story keeps only the story's own requests on the way to its paint: the Last opened
// mark and the session save are sent once the page is idle. Nothing a reader sees may change
// for it: the order by Last opened, a reload just after the open, the split buttons' look.

/** The api channels the page asks for from now on, in order. */
const apiChannels = (page: Page): string[] => {
  const channels: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/api/')) channels.push(decodeURIComponent(path.slice(5)))
  })
  return channels
}

test('an open is marked opened and saved once idle, and a reload at once still restores it', async ({
  inkstone,
  page,
}) => {
  const titleOf = async (index: number) =>
    (await inkstone.list.options.nth(index).locator('.story-row-title').innerText()).trim()
  const first = await titleOf(4)
  const second = await titleOf(2)
  const channels = apiChannels(page)

  await inkstone.list.options.nth(4).click()
  await expect(inkstone.reader.headline).toHaveText(first)
  // Sent, after the story's own request, without anything else happening on the page.
  await expect.poll(() => channels.filter((c) => c === 'stories:markOpened').length).toBe(1)
  await expect.poll(() => channels.filter((c) => c === 'settings:update').length).toBe(1)
  expect(channels.indexOf('stories:get')).toBeLessThan(channels.indexOf('stories:markOpened'))

  await inkstone.list.options.nth(2).click()
  await expect(inkstone.reader.headline).toHaveText(second)
  // The window's title follows the open story (the one it replaced does not reset it after).
  await expect(page).toHaveTitle(`${second} · Inkstone`)
  await page.waitForTimeout(100)
  await expect(page).toHaveTitle(`${second} · Inkstone`)
  // Reloaded straight away: the session's save, if still waiting for idle time, goes with the
  // page (pagehide), so the story just opened is the one restored.
  await page.reload()
  await expect(inkstone.reader.headline).toHaveText(second)
  await inkstone.list.sort.selectOption('lastOpened')
  await expect(inkstone.list.options.nth(0)).toContainText(second)
  await expect(inkstone.list.options.nth(1)).toContainText(first)
})

test('a paragraph shows its split button, scissors drawn, on hover', async ({ inkstone }) => {
  await inkstone.list.options.first().click()
  const paragraph = inkstone.reader.paragraphs.nth(1)
  const button = paragraph.getByTestId('split-here')
  await expect(button).toHaveCSS('opacity', '0')
  await paragraph.hover()
  await expect(button).toHaveCSS('opacity', '1')
  const icon = button.locator('.split-icon')
  const box = (await icon.boundingBox())!
  expect([Math.round(box.width), Math.round(box.height)]).toEqual([16, 16])
  // The scissors are the mask's shape over the button's text colour (it follows the theme).
  expect(await icon.evaluate((el) => getComputedStyle(el).maskImage)).toContain('svg')
  const colours = await button.evaluate((el) => [
    getComputedStyle(el).color,
    getComputedStyle(el.querySelector('.split-icon')!).backgroundColor,
  ])
  expect(colours[1]).toBe(colours[0])
})

// The reader no longer measures the new story in its opening commit: the end-of-story check
// runs once the story has painted, and the notes panel starts from the last reader's width.
test('a story shown whole is marked read after its dwell, one to scroll is not', async ({
  inkstone,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 1400 })
  const fitsWhole = () =>
    inkstone.reader.scroller.evaluate((el) => el.scrollHeight <= el.clientHeight + 32)
  let index = 0
  for (; index < 8; index += 1) {
    await inkstone.list.options.nth(index).click()
    await expect(inkstone.reader.paragraphs.first()).toBeVisible()
    if ((await inkstone.reader.readToggle.innerText()).includes('unread')) continue
    if (await fitsWhole()) break
  }
  expect(index, 'a seed story that fits a 1400 px window').toBeLessThan(8)
  await expect(inkstone.reader.readToggle).toHaveText(/Mark as unread/, { timeout: 4_000 })

  // A long one at a short window: in view for longer than the dwell, never scrolled to its end.
  await page.setViewportSize({ width: 1280, height: 420 })
  for (index = 0; index < 8; index += 1) {
    await inkstone.list.options.nth(index).click()
    await expect(inkstone.reader.paragraphs.first()).toBeVisible()
    if ((await inkstone.reader.readToggle.innerText()).includes('unread')) continue
    if (!(await fitsWhole())) break
  }
  await page.waitForTimeout(1_500)
  await expect(inkstone.reader.readToggle).toHaveText(/Mark as read/)
})

test('with no room beside the story, the notes panel floats from the next story’s first frame', async ({
  inkstone,
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 700 })
  await page.locator('body').press(']')
  await inkstone.list.options.first().click()
  await page.getByTestId('toggle-panel').click()
  const panel = page.getByTestId('highlights-panel')
  await expect(panel).toHaveClass(/is-floating/)
  // Every frame from here on: was the panel ever shown docked (pushing the story aside)?
  await page.evaluate(`(() => {
    window.__dockedSeen = false
    const check = () => {
      const panel = document.querySelector('[data-testid="highlights-panel"]')
      if (panel && !panel.classList.contains('is-floating')) window.__dockedSeen = true
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })()`)
  await page.locator('body').press(']')
  const title = (await inkstone.list.options.nth(2).locator('.story-row-title').textContent()) ?? ''
  await inkstone.list.options.nth(2).click()
  await expect(inkstone.reader.headline).toHaveText(title.trim())
  await expect(panel).toHaveClass(/is-floating/)
  await page.waitForTimeout(300)
  expect(await page.evaluate('window.__dockedSeen')).toBe(false)
})
