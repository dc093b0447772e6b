import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { InkstonePage } from './pages/InkstonePage'
import { EVERY_STORY_COLLECTION, annotateWithVectors, bridgeOf } from './xssBridge'
import { COLLECTION_NAMES, TAG_NAMES, VECTORS, writePages } from './xssCorpus'
import type { Findings } from './xssWatch'
import { stripContentSecurityPolicy, watchForCode } from './xssWatch'

// Content can never become code (issue 13). Pages built from ~400 XSS vectors (DOMPurify's
// tests, OWASP's filter-evasion cheat sheet, mXSS and entity tricks: fixtures/xss/README.md)
// are imported as HTML, Markdown and text under hostile file names; vectors go into headlines,
// page names, tags, collections, colour names, story notes and highlight notes; then every
// story and view is opened. Nothing may run, open a dialog, load from elsewhere or navigate.
// Run twice: as served, and with the CSP stripped, so the sanitiser alone is shown to hold.

type Bridge = ReturnType<typeof bridgeOf>

const NOTHING = { ran: [], dialogs: [], dom: [], requests: [], navigations: [], pageErrors: [] }

/** Fails at once, naming `where`, if anything ran, opened, loaded or navigated so far. */
const expectNothingRan = (findings: Findings, where: string): void => {
  const { inertParseReports: _inert, ...failures } = findings
  expect(failures, where).toEqual(NOTHING)
}

// Proves the watchers see what they watch for (a run, a handler, a javascript: URL, a script,
// a load from elsewhere), and that the CSP is (or is not) in force: an
// inline script runs only without it. Then forgets the probes.
const probe = async (page: Page, findings: Findings, isCspServed: boolean): Promise<void> => {
  const hasInlineRun = await page.evaluate(async () => {
    window.alert('probe')
    const link = document.createElement('a')
    link.setAttribute('onclick', 'probe()')
    link.setAttribute('href', 'java\tscript:probe()')
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    new Image().src = 'http://evil.example/probe.png'
    document.body.append(link, script)
    link.remove()
    script.remove()
    await new Promise((done) => setTimeout(done, 100))
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
  })
  expect(hasInlineRun, 'an inline script runs exactly when the CSP is removed').toBe(!isCspServed)
  // Each probe is seen (the blocked script once for each policy, header and <meta>), then
  // forgotten; anything else seen stays for the final check.
  const expected = [/^alert\(probe\)/, /^@onclick/, /^@href=javascript:probe/, /^<script>/]
  // With the CSP the image is refused before it is asked for; without it, it is asked for.
  if (isCspServed) expected.push(/^CSP script-src-elem blocked inline/, /^CSP img-src blocked/)
  const isProbe = (finding: string) => expected.some((pattern) => pattern.test(finding))
  const seen = () => [...findings.ran, ...findings.dom]
  await expect
    .poll(() => expected.filter((pattern) => !seen().some((f) => pattern.test(f))).length)
    .toBe(0)
  if (!isCspServed)
    await expect.poll(() => findings.requests).toEqual(['http://evil.example/probe.png'])
  findings.requests.length = 0
  findings.ran = findings.ran.filter((finding) => !isProbe(finding))
  findings.dom = findings.dom.filter((finding) => !isProbe(finding))
}

const importCorpus = async (inkstone: InkstonePage): Promise<void> => {
  const paths = writePages()
  try {
    await inkstone.filesInput().setInputFiles(paths)
    await expect(inkstone.importSummary.getByTestId('import-added')).toContainText('from 11 files')
    await inkstone.importSummary.getByRole('button', { name: 'Done' }).click()
  } finally {
    rmSync(dirname(paths[0]), { recursive: true, force: true })
  }
}

/**
 * Clicks every row of a nav list in turn (each opens its view), scrolling the library pane as
 * it goes (the page list renders only the rows in sight); answers how many rows it opened.
 */
const openEach = async (rows: Locator): Promise<number> => {
  const opened = new Set<string>()
  const pane = rows.page().locator('#pane-library')
  for (let round = 0; round < 40; round += 1) {
    let isNewSeen = false
    for (const row of await rows.all()) {
      const key = (await row.textContent()) ?? ''
      if (opened.has(key)) continue
      opened.add(key)
      isNewSeen = true
      const item = row.locator('.nav-item').first()
      await item.scrollIntoViewIfNeeded()
      await item.click()
      await expect(item).toHaveAttribute('aria-current', 'page')
    }
    const hasScrolled = await pane.evaluate((element) => {
      const before = element.scrollTop
      element.scrollTop += element.clientHeight / 2
      return element.scrollTop !== before
    })
    if (!isNewSeen && !hasScrolled) break
  }
  return opened.size
}

/** Opens every story of the list shown, one after another, by keyboard; answers the headlines. */
const readEveryStory = async (
  inkstone: InkstonePage,
  expected: number,
  findings: Findings,
): Promise<string[]> => {
  const { list, reader, page } = inkstone
  await list.options.first().click()
  await expect(reader.headline).toBeVisible()
  const headlines = [(await reader.headline.textContent()) ?? '']
  // The side panel shows the story note and each highlight's note.
  await page.getByTestId('toggle-panel').click()
  await page.waitForTimeout(200)
  expectNothingRan(findings, `after opening "${headlines[0]}" with its notes`)
  // A note may be all vectors, and so render empty: it is there all the same.
  await expect(page.getByTestId('note-rendered')).toBeAttached()
  for (let index = 1; index < expected; index += 1) {
    await list.storyList.focus()
    await page.keyboard.press('ArrowDown')
    const title = (await list.activeOption().locator('.story-row-title').textContent()) ?? ''
    await page.keyboard.press('Enter')
    await expect(reader.headline).toHaveText(title.trim())
    headlines.push(title)
    expectNothingRan(findings, `after opening "${title}"`)
    await expect(page.getByTestId('note-rendered')).toBeAttached()
    await expect(page.getByTestId('panel-highlight').first()).toBeVisible()
  }
  await page.getByTestId('toggle-panel').click()
  return headlines
}

const openViews = async (inkstone: InkstonePage, bridge: Bridge): Promise<void> => {
  const { page, list } = inkstone
  await page.getByTestId('nav-highlights').click()
  await expect(page.getByTestId('highlight-row').first()).toBeVisible()
  await page.getByTestId('highlight-list').evaluate((element) => {
    element.scrollTop = element.scrollHeight
  })
  expect(await openEach(page.getByTestId('tag-nav'))).toBeGreaterThanOrEqual(TAG_NAMES.length)
  expect(await openEach(page.getByTestId('collection-nav'))).toBe(COLLECTION_NAMES.length)
  const sources = await bridge<unknown[]>('sources:list')
  expect(await openEach(inkstone.sourceRows)).toBe(sources.length)
  for (const query of ['alert', 'onerror', 'javascript', 'script']) {
    await inkstone.search(query)
    await expect(list.hits.first()).toBeVisible()
  }
  await inkstone.search('')
  await inkstone.settings.open()
  await expect(page.getByTestId('color-name-yellow')).toHaveValue(/./)
  await inkstone.settings.close()
  const row = page.getByTestId('collection-nav').first()
  await row.hover()
  await row.getByRole('button', { name: /^Export collection/ }).click()
  await expect(page.getByTestId('export-dialog')).toBeVisible()
  await page.keyboard.press('Escape')
}

test.use({ viewport: { width: 1600, height: 1000 } })

// A payload can also hang the page (an endless loop): the test then times out, and what the
// watchers had seen by then is printed and attached here.
let watched: Findings | undefined
test.afterEach(async ({}, testInfo) => {
  if (!watched || testInfo.status === testInfo.expectedStatus) return
  const body = JSON.stringify(watched, null, 1)
  await testInfo.attach('findings', { body, contentType: 'application/json' })
  console.log(`findings when the test failed:\n${body.slice(0, 4000)}`)
})

for (const isCspServed of [true, false]) {
  const mode = isCspServed ? 'with the CSP as served' : 'with the CSP removed'
  test(`${mode}: no vector runs, opens a dialog, loads from elsewhere or navigates`, async ({
    server,
    page,
  }) => {
    test.slow()
    const findings = await watchForCode(page, server.url)
    watched = findings
    if (!isCspServed) await stripContentSecurityPolicy(page, server.url)
    const inkstone = new InkstonePage(page)
    await inkstone.open(server.url)
    await probe(page, findings, isCspServed)

    const bridge = bridgeOf(server)
    const seedStories = new Set(await bridge<string[]>('stories:ids', {}))
    const seedSources = new Set(
      (await bridge<Array<{ id: string }>>('sources:list')).map((s) => s.id),
    )
    await importCorpus(inkstone)
    const storyIds = (await bridge<string[]>('stories:ids', {})).filter(
      (id) => !seedStories.has(id),
    )
    const sources = (await bridge<Array<{ id: string; name: string }>>('sources:list')).filter(
      (source) => !seedSources.has(source.id),
    )
    expect(storyIds.length).toBeGreaterThanOrEqual(20)
    await annotateWithVectors(bridge, storyIds, sources)
    await page.reload()
    await inkstone.list.options.first().waitFor()

    await inkstone.library
      .getByTestId('collection-nav')
      .filter({ hasText: EVERY_STORY_COLLECTION.trim() })
      .locator('.nav-item')
      .click()
    const headlines = await readEveryStory(inkstone, storyIds.length, findings)
    await openViews(inkstone, bridge)

    // The vectors were shown, as text: a file name, a tag, a headline.
    await expect(inkstone.sourceItem(/onerror=alert\(70\)/)).toBeVisible()
    await expect(page.getByTestId('tag-nav').filter({ hasText: TAG_NAMES[0] })).toHaveCount(1)
    expect(
      headlines.filter((headline) => /<\w+[^>]* on\w+=/.test(headline)).length,
    ).toBeGreaterThan(3)
    await page.waitForTimeout(500)
    expect(VECTORS.length).toBeGreaterThan(350)
    test.info().annotations.push({
      type: 'inert parse-time CSP reports',
      description: String(findings.inertParseReports),
    })
    expectNothingRan(findings, 'at the end')
  })
}
