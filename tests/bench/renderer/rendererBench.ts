// `npx node bin/run-ts.mjs tests/bench/renderer/rendererBench.ts --size 10000 [--library DIR]`:
// the reader's own speed over a large library, in Debian's Chromium against the web bridge.
// Figures only, never pass/fail (DEVELOPERS.md). Needs the built renderer (electron-vite build).
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium } from 'playwright-core'
import type { Page } from 'playwright-core'
import { importAsTheAppDoes } from '../engines/importAsTheAppDoes'
import { buildBenchLibrary } from './buildBenchLibrary'
import { measureFirstRows, type FirstRows } from './firstRows'
import { printFigures } from './printFigures'
import { measureStoryOpens } from './storyOpens'
import { measureScroll, type ScrollFrames } from './scrollFrames'
import { startBenchServer } from './startBenchServer'

/** What benchRenderer measured, in milliseconds unless named otherwise. */
export interface RendererFigures {
  size: number
  storyCount: number
  importMs: number | null
  indexMs: number | null
  firstRowsMs: number
  /** The first load timed in the page too, and later loads in fresh contexts. */
  firstRows?: FirstRows
  scroll: ScrollFrames
  openStoryMs: number[]
  /** The same opens timed in the page: pointerdown on the row -> the story painted. */
  openStoryInPageMs?: number[]
  /** The row after the open story, once it has been read a moment (asked for meanwhile). */
  openNextMs?: number[]
  openNextInPageMs?: number[]
  headlineEditMs: number[]
  tagMs: number[]
  searchFirstHitsMs: Array<{ query: string; ms: number }>
}

const ROUNDS = 5
const SCROLL_STEP_PX = 600
const QUERIES = ['工会', '劳模', '疗休养', '帮扶 职工', '"职工书屋"', '简讯第9999篇']
const row = '[data-testid="story-list"] [data-testid="story-row"]'

const timed = async (action: () => Promise<unknown>): Promise<number> => {
  const t0 = performance.now()
  await action()
  return performance.now() - t0
}

// A write through the bridge, as the reader's own edit would send it; the list learns of it
// from main's library:changed event, as it does for any edit.
const callApi = async (url: string, channel: string, args: unknown[]): Promise<unknown> => {
  const { origin, searchParams } = new URL(url)
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Inkstone-Token': searchParams.get('token') ?? '',
    },
    body: JSON.stringify({ args }),
  })
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown }
  if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body.error)}`)
  return body.value
}

const firstVisibleRowId = async (page: Page): Promise<string> => {
  const id = await page
    .locator(`[data-testid="story-list"] [role="option"]`)
    .first()
    .getAttribute('id')
  return (id ?? '').replace('story-list-option-', '')
}

const measureEdits = async (page: Page, url: string) => {
  const headlineEditMs: number[] = []
  const tagMs: number[] = []
  for (let round = 0; round < ROUNDS; round += 1) {
    const id = await firstVisibleRowId(page)
    const title = `改过的标题${round}-${Date.now()}`
    headlineEditMs.push(
      await timed(async () => {
        await callApi(url, 'stories:setTitle', [id, title])
        await page.locator(row, { hasText: title }).waitFor()
      }),
    )
    const tag = `标签${round}`
    tagMs.push(
      await timed(async () => {
        await callApi(url, 'tags:addToStories', [[id], [tag]])
        await page.locator(row).getByTestId('tag-chip').filter({ hasText: tag }).first().waitFor()
      }),
    )
  }
  return { headlineEditMs, tagMs }
}

const measureSearch = async (page: Page) => {
  const box = page.getByTestId('search-input')
  const results: Array<{ query: string; ms: number }> = []
  for (const query of QUERIES) {
    await box.fill('')
    await page.getByTestId('story-list').waitFor()
    await box.focus()
    // The settled query's first page has answered and the next frame has painted its rows.
    const answered = page.waitForResponse((response) => {
      if (!response.url().endsWith('/api/search:query')) return false
      const args = (JSON.parse(response.request().postData() ?? '{}') as { args?: unknown[] }).args
      return args?.[0] === query
    })
    const ms = await timed(async () => {
      await page.keyboard.type(query, { delay: 0 })
      await answered
      await page.evaluate(
        'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))',
      )
    })
    results.push({ query, ms })
  }
  await box.fill('')
  return results
}

interface Built {
  storyCount: number
  importMs: number
  indexMs: number
}

const importCorpus = async (dir: string, corpusDir: string): Promise<Built> => {
  const imported = await importAsTheAppDoes(dir, corpusDir)
  const storyCount = imported.library.listStoryIds({}).length
  await imported.close()
  return {
    storyCount,
    importMs: imported.phases.importMs ?? NaN,
    indexMs: imported.phases.indexMs ?? NaN,
  }
}

// With --cache, the library built from a corpus is kept in the temp folder (keyed by the corpus
// folder and its corpus.json's time) and copied for each run, so reruns skip the import.
export const cachedImport = async (dir: string, corpusDir: string): Promise<Built> => {
  const stamp = statSync(join(corpusDir, 'corpus.json')).mtimeMs
  const key = `${corpusDir.replace(/[^\w]+/g, '_')}-${Math.round(stamp)}`
  const cache = join(tmpdir(), 'inkstone-rbench-cache', key)
  const figuresFile = join(cache, 'built.json')
  if (!existsSync(figuresFile)) {
    rmSync(cache, { recursive: true, force: true })
    const built = await importCorpus(join(cache, 'library'), corpusDir)
    writeFileSync(figuresFile, JSON.stringify(built))
  }
  cpSync(join(cache, 'library'), dir, { recursive: true })
  return JSON.parse(readFileSync(figuresFile, 'utf8')) as Built
}

const buildLibrary = async (
  dir: string,
  size: number,
  corpusDir: string | undefined,
  cache: boolean,
): Promise<Built> => {
  if (corpusDir === undefined) return buildBenchLibrary(dir, size)
  return cache ? cachedImport(dir, corpusDir) : importCorpus(dir, corpusDir)
}

/** Builds (or opens) a library of `size` stories and prints how the reader performs over it. */
export const benchRenderer = async ({
  size,
  libraryDir,
  corpusDir,
  cache = false,
  rendererDir,
}: {
  size: number
  /** Keep the library built from `corpusDir` in the temp folder and reuse it (--cache). */
  cache?: boolean
  libraryDir?: string
  /** Pages to import as the app does (the size bench's corpus), instead of generated ones. */
  corpusDir?: string
  /** Another build of the renderer to serve (to compare two builds); out/renderer by default. */
  rendererDir?: string
}): Promise<RendererFigures> => {
  const ownDir = libraryDir === undefined ? mkdtempSync(join(tmpdir(), 'inkstone-rbench-')) : null
  const dir = libraryDir ?? join(ownDir!, 'library')
  const built = ownDir ? await buildLibrary(dir, size, corpusDir, cache) : null
  if (built) console.error(`built ${built.storyCount} stories in ${dir}`)
  const server = await startBenchServer(dir, rendererDir)
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  try {
    const { page, firstRows } = await measureFirstRows(browser, server.url)
    const countText = (await page.getByTestId('story-count').textContent()) ?? ''
    const storyCount = Number(countText.replace(/[^\d]/g, ''))
    const scroll = await measureScroll(page, SCROLL_STEP_PX)
    await page.evaluate('document.querySelector(\'[data-testid="story-list"]\').scrollTo(0, 0)')
    // The list's first story shown, not just any row: the rows read next must be the ones
    // clicked (a row still left from the bottom of the list made the opens click other rows).
    await page.locator(`[role="option"][aria-posinset="1"] [data-testid="story-row"]`).waitFor()
    const opened = await measureStoryOpens(page)
    const edits = await measureEdits(page, server.url)
    const searchFirstHitsMs = await measureSearch(page)
    const figures: RendererFigures = {
      size,
      storyCount,
      importMs: built?.importMs ?? null,
      indexMs: built?.indexMs ?? null,
      firstRowsMs: firstRows.playwrightMs,
      firstRows,
      scroll,
      openStoryMs: opened.openStoryMs,
      openStoryInPageMs: opened.inPageMs,
      openNextMs: opened.nextOpenMs,
      openNextInPageMs: opened.nextInPageMs,
      ...edits,
      searchFirstHitsMs,
    }
    printFigures(figures)
    return figures
  } finally {
    await browser.close()
    await server.stop()
    if (ownDir) rmSync(ownDir, { recursive: true, force: true })
  }
}

const readArg = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : undefined
}

// Run directly (the size bench runs it as a child): --size, --library, --corpus, --out FILE
// (the figures as JSON), --cache (reuse the library built from --corpus; see cachedImport),
// --renderer DIR (serve another build of the renderer than out/renderer).
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const size = Number(readArg('size') ?? 10_000)
  const out = readArg('out')
  benchRenderer({
    size,
    libraryDir: readArg('library'),
    corpusDir: readArg('corpus'),
    cache: process.argv.includes('--cache'),
    rendererDir: readArg('renderer'),
  })
    .then((figures) => {
      if (out !== undefined) writeFileSync(out, JSON.stringify(figures))
      // The indexer thread of the build is gone; nothing else should keep the process.
      process.exit(0)
    })
    .catch((error: unknown) => {
      console.error(error)
      process.exit(1)
    })
}
