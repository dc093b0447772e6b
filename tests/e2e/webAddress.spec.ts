import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { StoryListPane } from './pages/StoryListPane'
import { ReaderPane } from './pages/ReaderPane'
import { startWebMode } from './webModeServer'

// Web mode like an app: the address survives a restart, so an open tab keeps working; a new
// token sends the tab to the page that explains how to get the new address.

/** The story the library's saved session has open, asked with the address's own token. */
const savedOpenStory = async (page: Page, url: string): Promise<string | null> => {
  const reply = await page.request.post(new URL('/api/settings:get', url).href, {
    headers: { 'X-Inkstone-Token': new URL(url).searchParams.get('token') ?? '' },
    data: { args: [] },
  })
  const body = (await reply.json()) as { value: { session?: { openStoryId: string | null } } }
  return body.value.session?.openStoryId ?? null
}

test('an open tab keeps working across a restart, and explains itself after --new-token', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const libraryDir = mkdtempSync(join(tmpdir(), 'inkstone-e2e-address-'))
  const list = new StoryListPane(page)
  const reader = new ReaderPane(page)
  const openRow = async (index: number) => {
    const title = await list.options.nth(index).locator('.story-row-title').innerText()
    await list.options.nth(index).click()
    await expect(reader.headline).toHaveText(title.trim())
    return title.trim()
  }
  let server = await startWebMode(libraryDir)
  try {
    const { url } = server
    await page.goto(url)
    await openRow(0)

    await server.stop()
    server = await startWebMode(libraryDir)
    expect(server.url).toBe(url)
    // The same tab, not reloaded, goes on reading.
    const lastRead = await openRow(1)
    // The tab saves where it is just after showing the story: wait for that save before the
    // next stop, which would otherwise race it (a stop lets an arrived request finish, but one
    // still on its way would find no server).
    const lastId = (await list.options.nth(1).getAttribute('id'))?.replace(/^.*-option-/, '')
    await expect.poll(() => savedOpenStory(page, server.url)).toBe(lastId)

    await server.stop()
    server = await startWebMode(libraryDir, ['--new-token'])
    expect(new URL(server.url).port).toBe(new URL(url).port)
    expect(server.url).not.toBe(url)
    await list.options.nth(2).click()
    await expect(
      page.getByRole('heading', { name: 'Open Inkstone with its full address' }),
    ).toBeVisible()
    await expect(page.getByRole('heading', { name: '请用完整地址打开 Inkstone' })).toBeVisible()
    await expect(page.locator('#root')).toHaveCount(0)

    // The new address opens the library where the reader left it (the story opened under the
    // old token was refused, so the one before it).
    await page.goto(server.url)
    await expect(list.options.first()).toBeVisible()
    await expect(reader.headline).toHaveText(lastRead)

    // The bare address: the explanation, not an empty library.
    await page.goto(new URL('/', server.url).href)
    await expect(page.getByText('npm start -- --new-token').first()).toBeVisible()
    await page.screenshot({ path: 'test-results/screenshots/no-token-page.png' })
  } finally {
    await server.stop()
    rmSync(libraryDir, { recursive: true, force: true })
  }
})
