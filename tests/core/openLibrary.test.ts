import { existsSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { asSourceId, asStoryId } from '../../src/shared/ids'
import { DEFAULT_SETTINGS } from '../../src/main/core/library/defaultSettings'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { bruteSearch } from './bruteSearch'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let libraryDir: string
let library: Library
const clock = (start = Date.parse('2024-03-01T08:00:00Z')) => {
  let tick = 0
  return () => new Date(start + 1000 * tick++)
}

beforeEach(() => {
  temp = tempDir('library')
  libraryDir = join(temp.dir, 'library')
  library = openLibrary(libraryDir, { now: clock() })
})
afterEach(() => {
  library.close()
  temp.remove()
})

describe('openLibrary', () => {
  it('creates the folder and its database, empty, with default settings', () => {
    expect(existsSync(join(libraryDir, LIBRARY_FILE))).toBe(true)
    expect(library.dir).toBe(libraryDir)
    expect(library.listSources()).toEqual([])
    expect(library.listStories()).toEqual([])
    expect(library.search('工会')).toEqual([])
    expect(library.getSettings()).toEqual(DEFAULT_SETTINGS)
  })

  it('imports the seeds only when the library holds no source', () => {
    const report = library.importSeedsIfEmpty(SEED_DIR)
    expect(report).toMatchObject({ files: 5, removed: 0, unchanged: 0, skipped: [] })
    expect(report!.stories).toBeGreaterThan(5)
    expect(report!.added).toBe(report!.stories)
    expect(library.importSeedsIfEmpty(SEED_DIR)).toBeNull()
    const sources = library.listSources()
    expect(sources.map((source) => source.name)).toEqual([
      '000_a6102d58e25d08d6.txt',
      '001_a2a051d0fb4e3a2d.txt',
      '002_cd74bbb9f79528f1.txt',
      '003_4c385a978e0e8f57.txt',
      '004_ba5114582805602c.txt',
    ])
    expect(sources.every((source) => source.encoding === 'utf-8' && source.format === 'text')).toBe(
      true,
    )
    expect(sources.reduce((sum, source) => sum + source.storyCount, 0)).toBe(report!.stories)
  })

  it('lists stories in page order with excerpts, filters and sorts', () => {
    library.importSeedsIfEmpty(SEED_DIR)
    const stories = library.listStories()
    const sourceIds = library.listSources().map((source) => source.id)
    expect(stories.map((story) => story.sourceId)).toEqual(
      [...stories.map((story) => story.sourceId)].sort((a, b) => a - b),
    )
    for (const story of stories) {
      expect(story.id).toMatch(/^[0-9a-z]{12}$/)
      expect(Array.from(story.excerpt).length).toBeLessThanOrEqual(81)
      expect(story.excerpt).not.toMatch(/\n/)
      expect(story).toMatchObject({ isRead: false, progress: 0, lastOpenedAt: null })
    }
    const first = library.listStories({ sourceId: sourceIds[0] })
    expect(first.length).toBeGreaterThan(0)
    expect(first.every((story) => story.sourceName === '000_a6102d58e25d08d6.txt')).toBe(true)
    expect(first.map((story) => story.position)).toEqual(first.map((_, index) => index))

    const byTitle = library.listStories({ sort: 'title' }).map((story) => story.title)
    expect(byTitle).toEqual([...byTitle].sort(new Intl.Collator('zh').compare))
    expect(library.listStories({ sort: 'imported' })).toHaveLength(stories.length)
  })

  it('keeps read state and progress beside the story', () => {
    library.importSeedsIfEmpty(SEED_DIR)
    const [first, second] = library.listStories()
    library.setRead(first.id, true)
    library.saveProgress(second.id, 0.4)
    expect(library.listStories({ isUnread: true }).map((story) => story.id)).not.toContain(first.id)
    expect(library.listStories({ isUnread: false }).map((story) => story.id)).toEqual([first.id])
    const story = library.getStory(second.id)!
    expect(story).toMatchObject({ progress: 0.4, isRead: false })
    expect(story.lastOpenedAt).toMatch(/^2024-03-01T08:00:/)
    expect(story.body.length).toBeGreaterThan(0)
    expect(story.originalText.length).toBeGreaterThan(0)
    library.setRead(first.id, false)
    expect(library.getStory(first.id)!.isRead).toBe(false)
  })

  it('reports unknown ids as NOT_FOUND', () => {
    const unknown = asStoryId('nosuchstory0')
    expect(library.getStory(unknown)).toBeNull()
    expect(() => library.setRead(unknown, true)).toThrow(LibraryError)
    expect(() => library.saveProgress(unknown, 0.5)).toThrow(/no story with id nosuchstory0/)
    expect(() => library.removeSource(asSourceId(99))).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    )
  })

  it('stores settings over the defaults, across reopening', () => {
    const updated = library.updateSettings({ theme: 'sepia', paneWidths: [200, 300] })
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', paneWidths: [200, 300] })
    library.close()
    library = openLibrary(libraryDir)
    expect(library.getSettings().theme).toBe('sepia')
    expect(library.getSettings().fontSize).toBe(18)
  })

  it('searches at once, queued or indexed alike; opening and searching write nothing', () => {
    const sorted = (hits: { id: string }[]) => hits.map((hit) => hit.id).sort()
    // A second connection sees every commit of the library's as a new data_version.
    const watcher = new BetterSqlite3(join(libraryDir, LIBRARY_FILE), { readonly: true })
    const version = () => watcher.pragma('data_version', { simple: true })
    const pending = () => watcher.prepare('SELECT count(*) AS n FROM search_pending').get()
    try {
      library.importSeedsIfEmpty(SEED_DIR)
      const stories = library.listStories().map((summary) => library.getStory(summary.id)!)
      // Just imported: the stories wait to be indexed, and are found from their text.
      expect(pending()).toEqual({ n: stories.length })
      const queued = library.searchPage('困难职工')
      expect(queued.hits.length).toBeGreaterThan(0)
      expect(queued.hits[0].source).toMatch(/\.txt$/)
      expect(sorted(queued.hits)).toEqual(bruteSearch(stories, '困难职工'))
      expect(queued.total).toBe(queued.hits.length)

      expect(library.maintain()).toBe(true)
      expect(pending()).toEqual({ n: 0 })
      const page = library.searchPage('困难职工')
      expect(page.total).toBe(queued.total)
      expect(sorted(page.hits)).toEqual(sorted(queued.hits))

      // Nothing is left to build.
      const before = version()
      expect(library.maintain()).toBe(true)
      expect(version()).toBe(before)
      library.close()
      library = openLibrary(libraryDir)
      expect(library.searchPage('困难职工')).toEqual(page)
      expect(library.search('困难职工')).toEqual(page.hits)
      expect(version()).toBe(before)
    } finally {
      watcher.close()
    }
  })

  it('removes a source with its stories and their search hits', () => {
    library.importSeedsIfEmpty(SEED_DIR)
    const [source] = library.listSources()
    const ids = new Set(library.listStories({ sourceId: source.id }).map((story) => story.id))
    library.removeSource(source.id)
    expect(library.listSources()).toHaveLength(4)
    expect(library.listStories().some((story) => ids.has(story.id))).toBe(false)
    expect(library.search('工会').some((hit) => ids.has(hit.id))).toBe(false)
  })

  it('sees an import made through another connection (the CLI beside the app)', () => {
    const other = openLibrary(libraryDir)
    other.importPaths([SEED_DIR])
    other.close()
    expect(library.search('困难职工').length).toBeGreaterThan(0)
  })
})
