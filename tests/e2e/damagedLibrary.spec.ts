import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { test as base, expect } from '@playwright/test'
import { damagePage } from '../core/damageLibrary'
import { InkstonePage } from './pages/InkstonePage'
import { startServer, type WebServer } from './startServer'

const ROOT = resolve(import.meta.dirname, '../..')

// A library of the seed pages with a daily backup, then one page of its search index damaged
// the way a failing disk does: it still opens, and SQLite's quick_check finds the damage.
const damagedLibrary = (): string => {
  const dir = join(mkdtempSync(join(tmpdir(), 'inkstone-damaged-')), 'library')
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, ['bin/inkstone.mjs', ...args, '--library', dir], {
      cwd: ROOT,
    })
  cli('import', join(ROOT, 'seeds'))
  cli('search', '工会')
  cli('backup', '--out', join(dir, 'backups', 'daily-2026-12-01.inkstone-backup'))
  damagePage(join(dir, 'library.sqlite3'))
  return dir
}

const test = base.extend<{ server: WebServer }>({
  server: async ({}, use) => {
    const library = damagedLibrary()
    const server = await startServer(library)
    try {
      await use(server)
    } finally {
      await server.stop()
      rmSync(dirname(library), { recursive: true, force: true })
    }
  },
})

test('a damaged library says so, names the backup, refuses changes and still reads', async ({
  page,
  server,
}) => {
  const inkstone = new InkstonePage(page)
  await inkstone.open(server.url)
  const banner = page.getByTestId('damaged-library')
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('The library file is damaged')
  await expect(banner).toContainText('daily-2026-12-01.inkstone-backup')
  // Web mode: the server holds the file, so recovery is the CLI's, with the server stopped.
  await expect(banner).toContainText('npm run cli -- recover')
  await expect(banner.getByRole('button')).toHaveCount(0)

  // Reading goes on; a change is refused, and the reader is told why.
  await inkstone.list.options.first().click()
  await expect(inkstone.reader.paragraphs.first()).toBeVisible()
  await page.getByTestId('favorite-toggle').click()
  await expect(inkstone.toast).toContainText('damaged')
  await expect(page.getByTestId('favorite-toggle')).toHaveAttribute('aria-pressed', 'false')
})
