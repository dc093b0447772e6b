import { defineConfig } from '@playwright/test'

const isCi = Boolean(process.env.CI)

// Debian's Chromium, not Playwright's download: the machine has no network for browsers, and
// the Debian build is what CI installs with apt.
export default defineConfig({
  testDir: 'tests/e2e',
  // Not test-results/ itself: Playwright empties its outputDir, and vitest's report lives there.
  outputDir: 'test-results/e2e-artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two cores: one browser plus one bridge server at a time.
  workers: 1,
  retries: isCi ? 1 : 0,
  forbidOnly: isCi,
  reporter: isCi
    ? [['list'], ['json', { outputFile: 'test-results/playwright.json' }]]
    : [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
})
