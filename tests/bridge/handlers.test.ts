import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { createHandlers } from '../../src/main/handlers/handlers'
import type { HandlerTable } from '../../src/main/handlers/handlers'
import { invokeChannel, isChannel } from '../../src/main/handlers/invokeChannel'
import type { EventName, Result } from '../../src/shared/contract'

const seeds = join(import.meta.dirname, '..', '..', 'seeds')

const UPLOAD_TEXT = [
  '职工书屋新添图书',
  '',
  '本报讯 近日，市总工会为基层职工书屋送去新书两千册，涵盖文学、历史、科普和技能培训等类别。',
  '',
  '职工们表示，书屋就在车间旁边，下班后随时可以来读书，学习氛围越来越浓。',
].join('\n')

const unwrap = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

const errorCode = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code)

let dir: string
let library: Library
let table: HandlerTable
const events: Array<{ event: EventName; payload: unknown }> = []

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-handlers-'))
  library = openLibrary(join(dir, 'library'))
  library.importSeedsIfEmpty(seeds)
  table = createHandlers({
    library,
    mode: 'web',
    emit: (event, payload) => events.push({ event, payload }),
  })
})

afterAll(() => {
  library.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('reading handlers', () => {
  it('library:info reports the folder, the counts and the mode', async () => {
    const info = await table['library:info']()
    const sources = await table['sources:list']()
    expect(info.dir).toBe(library.dir)
    expect(info.mode).toBe('web')
    expect(info.sourceCount).toBe(5)
    expect(info.storyCount).toBe(sources.reduce((sum, source) => sum + source.storyCount, 0))
    expect(info.storyCount).toBeGreaterThan(5)
  })

  it('stories:list filters by source and orders as asked', async () => {
    const all = await table['stories:list']({})
    const [source] = await table['sources:list']()
    const ofSource = await table['stories:list']({ sourceId: source.id })
    expect(ofSource.length).toBe(source.storyCount)
    expect(ofSource.every((story) => story.sourceId === source.id)).toBe(true)
    const byTitle = await table['stories:list']({ sort: 'title' })
    expect(byTitle.map((story) => story.id).sort()).toEqual(all.map((story) => story.id).sort())
    const positions = ofSource.map((story) => story.position)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('stories:get returns the whole story, and null for an unknown id', async () => {
    const [first] = await table['stories:list']({})
    const story = await table['stories:get'](first.id)
    expect(story?.title).toBe(first.title)
    expect(story?.body.length).toBeGreaterThan(0)
    expect(unwrap(await invokeChannel(table, 'stories:get', ['no-such-story']))).toBeNull()
  })

  it('setRead and saveProgress show in the list; an unknown id is NOT_FOUND', async () => {
    const [first] = await table['stories:list']({})
    unwrap(await invokeChannel(table, 'stories:setRead', [first.id, true]))
    unwrap(await invokeChannel(table, 'stories:saveProgress', [first.id, 0.5]))
    const after = (await table['stories:list']({})).find((story) => story.id === first.id)
    expect(after?.isRead).toBe(true)
    expect(after?.progress).toBeCloseTo(0.5)
    const unread = await table['stories:list']({ isUnread: true })
    expect(unread.some((story) => story.id === first.id)).toBe(false)
    expect(errorCode(await invokeChannel(table, 'stories:setRead', ['no-such-story', true]))).toBe(
      'NOT_FOUND',
    )
  })

  it('search:query finds seeded text, ranked, one page at a time with the exact total', async () => {
    const { total, hits } = await table['search:query']('工会')
    expect(hits.length).toBeGreaterThan(0)
    expect(total).toBeGreaterThanOrEqual(hits.length)
    expect(hits[0].snippet.length).toBeGreaterThan(0)
    const first = await table['search:query']('工会', { limit: 2 })
    expect(first.hits).toHaveLength(2)
    expect(first.total).toBe(total)
    const second = await table['search:query']('工会', { offset: 2, limit: 2 })
    expect(second.hits.map((hit) => hit.id)).toEqual(hits.slice(2, 4).map((hit) => hit.id))
  })

  it('stories:ids and stories:summaries give the list a page at a time, in its order', async () => {
    const all = await table['stories:list']({ sort: 'title' })
    const ids = await table['stories:ids']({ sort: 'title' })
    expect(ids).toEqual(all.map((story) => story.id))
    const page = await table['stories:summaries'](ids.slice(3, 6))
    expect(page).toEqual(all.slice(3, 6))
  })

  it('stories:firstPage answers a list’s ids and its first summaries at once', async () => {
    const all = await table['stories:list']({ sort: 'title' })
    const first = await table['stories:firstPage']({ sort: 'title' }, 4)
    expect(first.ids).toEqual(all.map((story) => story.id))
    expect(first.summaries).toEqual(all.slice(0, 4))
    const unread = await table['stories:firstPage']({ isUnread: true, sort: 'position' }, 500)
    expect(unread.summaries).toEqual(await table['stories:list']({ isUnread: true }))
  })

  it('settings:update changes what settings:get returns', async () => {
    const updated = await table['settings:update']({ theme: 'dark', fontSize: 20 })
    expect(updated).toMatchObject({ theme: 'dark', fontSize: 20 })
    expect(await table['settings:get']()).toEqual(updated)
  })
})

describe('import handlers', () => {
  it('library:importUploads decodes base64, adds stories and announces progress and the change', async () => {
    events.length = 0
    const before = (await table['stories:list']({})).length
    const base64 = Buffer.from(UPLOAD_TEXT, 'utf8').toString('base64')
    const result = await invokeChannel(table, 'library:importUploads', [
      [{ name: 'shuwu.txt', base64 }],
    ])
    const report = unwrap(result)
    expect(report.files).toBe(1)
    expect(report.added).toBeGreaterThan(0)
    expect((await table['stories:list']({})).length).toBe(before + report.added)
    expect(events.some((entry) => entry.event === 'import:progress')).toBe(true)
    expect(events.at(-1)).toEqual({ event: 'library:changed', payload: { reason: 'import' } })
    const { hits } = await table['search:query']('职工书屋')
    expect(hits.length).toBeGreaterThan(0)
  })

  it('has no channel that imports a path the page names', () => {
    expect('library:importPaths' in table).toBe(false)
    expect(isChannel('library:importPaths')).toBe(false)
  })

  it('library:pickAndImport is UNAVAILABLE in web mode', async () => {
    expect(errorCode(await invokeChannel(table, 'library:pickAndImport', ['files']))).toBe(
      'UNAVAILABLE',
    )
  })

  it('library:pickAndImport imports what the desktop picker returns, and null when cancelled', async () => {
    const file = join(dir, 'picked.txt')
    writeFileSync(file, UPLOAD_TEXT.replace('职工书屋新添图书', '职工运动会开幕'), 'utf8')
    let answer: string[] | null = [file]
    const desktop = createHandlers({
      library,
      mode: 'desktop',
      pickPaths: async () => answer,
      emit: () => {},
    })
    expect(unwrap(await invokeChannel(desktop, 'library:pickAndImport', ['files']))?.files).toBe(1)
    answer = null
    expect(unwrap(await invokeChannel(desktop, 'library:pickAndImport', ['folder']))).toBeNull()
  })
})

describe('shell:openExternal', () => {
  const opened: string[] = []
  const desktop = () =>
    createHandlers({
      library,
      mode: 'desktop',
      openExternal: async (url) => void opened.push(url),
      emit: () => {},
    })

  it('refuses anything but http(s) with FORBIDDEN', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'inkstone://x']) {
      expect(errorCode(await invokeChannel(desktop(), 'shell:openExternal', [url]))).toBe(
        'FORBIDDEN',
      )
    }
    expect(opened).toEqual([])
  })

  it('opens a parsed https link on the desktop and is UNAVAILABLE in web mode', async () => {
    unwrap(await invokeChannel(desktop(), 'shell:openExternal', ['https://example.com/新闻']))
    expect(opened).toEqual(['https://example.com/%E6%96%B0%E9%97%BB'])
    expect(
      errorCode(await invokeChannel(table, 'shell:openExternal', ['https://example.com/'])),
    ).toBe('UNAVAILABLE')
  })

  it('tags, highlights, notes and collections round-trip through the handlers and announce changes', async () => {
    const [story] = await table['stories:list']({})
    const tags = await table['tags:addToStories']([story.id], ['工会'])
    expect(tags.value.map((tag) => tag.name)).toEqual(['工会'])
    expect(tags.undo?.action).toEqual({ code: 'addTags', params: { names: ['工会'] } })
    const { value: highlight } = await table['highlights:create'](story.id, {
      start: 0,
      end: 4,
      color: 'yellow',
      note: 'n',
    })
    expect((await table['highlights:list']({ storyId: story.id }))[0].id).toBe(highlight.id)
    expect((await table['notes:save'](story.id, '# note')).value).toMatchObject({
      markdown: '# note',
    })
    const { value: collection } = await table['collections:create']('读')
    await table['collections:addStories'](collection.id, [story.id])
    expect((await table['stories:list']({ collectionId: collection.id })).map((s) => s.id)).toEqual(
      [story.id],
    )
    const ticket = await table['highlights:delete'](highlight.id)
    expect(await table['undo:apply'](ticket.id)).toEqual(ticket)
    await table['stories:setFavorite'](story.id, true)
    expect((await table['stories:get'](story.id))?.isFavorite).toBe(true)
    const reasons = events
      .filter((item) => item.event === 'library:changed')
      .map((item) => (item.payload as { reason: string }).reason)
    expect(reasons).toEqual(
      expect.arrayContaining(['tags', 'highlights', 'notes', 'collections', 'undo']),
    )
  })
})

describe('sources:replace', () => {
  it('puts an uploaded file’s text into a page, announces it, and undo:apply gives the page back', async () => {
    const [source] = await table['sources:list']()
    const before = await table['stories:list']({ sourceId: source.id })
    events.length = 0
    const base64 = Buffer.from(UPLOAD_TEXT, 'utf8').toString('base64')

    const ticket = unwrap(
      await invokeChannel(table, 'sources:replace', [source.id, { name: 'shuwu.txt', base64 }]),
    )

    expect(events).toEqual([{ event: 'library:changed', payload: { reason: 'replace' } }])
    const replaced = await table['stories:list']({ sourceId: source.id })
    expect(replaced.map((story) => story.title)).toEqual(['职工书屋新添图书'])
    expect(unwrap(await invokeChannel(table, 'undo:apply', [ticket.id]))).toEqual(ticket)
    expect(await table['stories:list']({ sourceId: source.id })).toEqual(before)
    expect(
      errorCode(await invokeChannel(table, 'sources:replace', [99999, { name: 'a.txt', base64 }])),
    ).toBe('NOT_FOUND')
  })
})
