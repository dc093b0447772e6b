// Sums vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed, N skipped".
// A missing report counts as one failure: a runner that never wrote its report did not pass.
import { existsSync, readFileSync } from 'node:fs'

const [vitestPath, playwrightPath] = process.argv.slice(2)
let passed = 0
let failed = 0
let skipped = 0

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null)

const vitest = read(vitestPath)
if (vitest) {
  passed += vitest.numPassedTests ?? 0
  failed += vitest.numFailedTests ?? 0
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
  if (vitest.success === false && (vitest.numFailedTests ?? 0) === 0) failed += 1
} else {
  console.log(`summary: no vitest report at ${vitestPath}`)
  failed += 1
}

const playwright = read(playwrightPath)
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0)
  failed += playwright.stats.unexpected ?? 0
  skipped += playwright.stats.skipped ?? 0
  if ((playwright.errors ?? []).length > 0 && (playwright.stats.unexpected ?? 0) === 0) failed += 1
} else {
  console.log(`summary: no Playwright report at ${playwrightPath}`)
  failed += 1
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
