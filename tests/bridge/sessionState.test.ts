import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { createHandlers } from '../../src/main/handlers/handlers'
import type { HandlerTable } from '../../src/main/handlers/handlers'
import { invokeChannel } from '../../src/main/handlers/invokeChannel'
import type { Result, Settings } from '../../src/shared/contract'
import { START_SESSION } from '../../src/shared/session'

// Where the reader left off is kept with the library (Settings.session), through the same
// channel as every preference, so a restart or a new web-mode address finds it.

const seeds = join(import.meta.dirname, '..', '..', 'seeds')
let dir: string
let library: Library
let table: HandlerTable

const settingsOf = (result: Result<unknown>): Settings => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as Settings
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-session-'))
  library = openLibrary(join(dir, 'library'))
  library.importSeedsIfEmpty(seeds)
  table = createHandlers({ library, mode: 'web', emit: () => {} })
})

afterEach(() => {
  library.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the reader session in settings', () => {
  it('starts on every story in library order with none open', async () => {
    expect(settingsOf(await invokeChannel(table, 'settings:get', [])).session).toEqual(
      START_SESSION,
    )
  })

  it('keeps a saved session across closing and reopening the library', async () => {
    const [storyId] = library.listStoryIds({})
    const session = {
      view: { kind: 'tag', tagId: 3 },
      sort: 'lastOpened',
      query: '职工 书屋',
      openStoryId: storyId,
    }
    const saved = settingsOf(await invokeChannel(table, 'settings:update', [{ session }]))
    expect(saved.session).toEqual(session)
    expect(saved.theme).toBe('light')
    library.close()
    library = openLibrary(join(dir, 'library'))
    expect(library.getSettings().session).toEqual(session)
  })

  it('refuses a session that is not one', async () => {
    const [storyId] = library.listStoryIds({})
    const good = { view: { kind: 'all' }, sort: 'position', query: '', openStoryId: storyId }
    for (const session of [
      { ...good, view: { kind: 'tag' } },
      { ...good, view: { kind: 'tag', tagId: -1 } },
      { ...good, view: { kind: 'all', tagId: 1 } },
      { ...good, view: { kind: 'everything' } },
      { ...good, sort: 'random' },
      { ...good, query: 'x'.repeat(1001) },
      { ...good, openStoryId: 42 },
      { ...good, extra: true },
      { view: good.view, sort: good.sort },
    ]) {
      const result = await invokeChannel(table, 'settings:update', [{ session }])
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(session)).toBe('INVALID_ARGUMENT')
    }
    for (const kind of ['unread', 'favorites', 'highlights']) {
      const session = { ...good, view: { kind } }
      expect((await invokeChannel(table, 'settings:update', [{ session }])).ok, kind).toBe(true)
    }
  })

  it('records an opening through stories:markOpened, for the Last opened order', async () => {
    const ids = library.listStoryIds({})
    const last = ids[ids.length - 1]
    expect((await invokeChannel(table, 'stories:markOpened', [last])).ok).toBe(true)
    expect(library.listStoryIds({ sort: 'lastOpened' })[0]).toBe(last)
    const unknown = await invokeChannel(table, 'stories:markOpened', ['no-such-story'])
    expect(unknown.ok).toBe(false)
  })
})
