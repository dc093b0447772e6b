import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SourceFormat } from '../../src/shared/types'
import { createRepos, type Repos } from '../../src/main/core/db/createRepos'
import { openDatabase } from '../../src/main/core/db/openDatabase'
import { importBatch } from '../../src/main/core/import/importBatch'
import { splitDocument } from '../../src/main/core/split/splitDocument'
import { deadlineAfter, TooSlowError } from '../../src/main/core/text/deadline'
import { tempDir } from './tempDir'

const PAGES: Record<SourceFormat, string> = {
  text: '市总工会开展困难职工帮扶活动\n\n今年春节前，市总工会走访慰问了全市困难职工家庭。\n',
  markdown: '# 标题\n\n今年春节前，市总工会走访慰问了全市困难职工家庭。\n',
  html: '<h1>标题</h1><p>今年春节前，市总工会走访慰问了全市困难职工家庭。</p>',
}
const FORMATS = Object.keys(PAGES) as SourceFormat[]

/** A clock that moves on by a millisecond each time it is read. */
const ticking = (): (() => number) => {
  let now = 0
  return () => now++
}

describe('deadline for splitting a page', () => {
  it.each(FORMATS)('gives up on a %s page once the deadline has passed', (format) => {
    expect(() => splitDocument(PAGES[format], format, deadlineAfter(0, ticking()))).toThrow(
      new TooSlowError(0),
    )
  })

  it.each(FORMATS)('splits a %s page within its deadline as before', (format) => {
    const stories = splitDocument(PAGES[format], format, deadlineAfter(1e9, ticking()))
    expect(stories).toEqual(splitDocument(PAGES[format], format))
    expect(stories.length).toBe(1)
  })

  it('checks the clock while reading, not only before', () => {
    const clock = ticking()
    const long = `<p>${'字'.repeat(1_000_000)}</p>`.repeat(4)
    // Ten reads of the clock are not enough for a page the reader takes in many pieces.
    expect(() => splitDocument(long, 'html', deadlineAfter(10, clock))).toThrow(TooSlowError)
    expect(() => splitDocument('正文。\n'.repeat(50), 'text', deadlineAfter(10, clock))).toThrow(
      TooSlowError,
    )
  })

  it('says how long the limit was, in seconds', () => {
    expect(new TooSlowError(15_000).seconds).toBe(15)
  })
})

describe('a page that takes too long in an import', () => {
  let temp: ReturnType<typeof tempDir>
  let repos: Repos
  beforeEach(() => {
    temp = tempDir('deadline')
    repos = createRepos(openDatabase(join(temp.dir, 'library.sqlite3')))
  })
  afterEach(() => {
    repos.db.close()
    temp.remove()
  })

  it('is skipped with its reason and the import goes on', () => {
    const read = (name: string) => () => ({
      origin: 'file' as const,
      path: join(temp.dir, name),
      name,
      format: 'text' as const,
      bytes: new TextEncoder().encode(PAGES.text),
    })
    const context = { repos, now: () => new Date(0), splitTimeLimitMs: -1 }
    const pending = [{ path: join(temp.dir, 'slow.txt'), read: read('slow.txt') }]
    const { report } = importBatch(context, pending, { skipped: [] })
    expect(report).toMatchObject({
      files: 0,
      skipped: [
        { path: join(temp.dir, 'slow.txt'), reason: { code: 'tooSlow', params: { seconds: 0 } } },
      ],
    })
    expect(repos.sources.list()).toEqual([])

    const normal = importBatch({ repos, now: () => new Date(0) }, pending, { skipped: [] })
    expect(normal.report).toMatchObject({ files: 1, skipped: [] })
  })
})
