import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const mainEntry = join(root, 'out', 'main', 'index.js')

// Electron's binary is downloaded by its install script, which an offline `npm ci` skips.
const electronBinary = (): string | null => {
  const electronDir = join(root, 'node_modules', 'electron')
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
const skipReason = !binary
  ? 'Electron binary not installed — offline install'
  : !existsSync(mainEntry)
    ? 'out/main/index.js not built — run "npm run build"'
    : null
if (skipReason) console.log(`electron launch: skipped (${skipReason})`)

describe('the Electron app', () => {
  // Made in a hook, not as the file loads: a skipped test runs no hook, so nothing is left behind.
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'inkstone-electron-'))
  })
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it.skipIf(skipReason !== null)(
    'opens one secure window whose api is exactly the contract',
    async () => {
      const app = await electron.launch({
        executablePath: binary ?? undefined,
        args: [mainEntry, '--library', join(dir, 'library'), '--seeds', join(root, 'seeds')],
        cwd: root,
      })
      try {
        const page = await app.firstWindow()
        await page.waitForLoadState('domcontentloaded')
        const surface = await page.evaluate(async () => {
          const page = globalThis as unknown as {
            api: Record<string, () => Promise<unknown>>
            require?: unknown
            process?: unknown
          }
          return {
            keys: Object.keys(page.api).sort(),
            hasRequire: typeof page.require !== 'undefined',
            hasProcess: typeof page.process !== 'undefined',
            info: await page.api.libraryInfo(),
          }
        })
        expect(surface.hasRequire).toBe(false)
        expect(surface.hasProcess).toBe(false)
        expect(surface.keys).toContain('storiesList')
        expect(surface.keys).not.toContain('invoke')
        expect(surface.info).toMatchObject({ ok: true, value: { mode: 'desktop' } })
        const windows = await app.evaluate(
          ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
        )
        expect(windows).toBe(1)
      } finally {
        await app.close()
      }
    },
  )
})
