import { describe, expect, it } from 'vitest'
import { ChannelError } from '../../src/main/handlers/ChannelError'
import { createHandlers } from '../../src/main/handlers/handlers'
import { invokeChannel, toFailure } from '../../src/main/handlers/invokeChannel'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import type { Library } from '../../src/main/core/library/types'
import { CHANNELS } from '../../src/shared/contract'
import type { Channel, Result } from '../../src/shared/contract'

// Argument validation runs before any handler: a library that fails every call proves that
// refused arguments never reach core.
const untouchable = new Proxy({} as Library, {
  get: () => {
    throw new Error('core must not be reached with invalid arguments')
  },
})
const table = createHandlers({ library: untouchable, mode: 'web', emit: () => {} })

const INVALID: Record<Channel, unknown[][]> = {
  'library:info': [['extra']],
  'library:importUploads': [
    [[]],
    [[{ name: 'a.txt' }]],
    [[{ name: 'a.txt', base64: '***' }]],
    [[{ name: '', base64: '' }]],
  ],
  'library:pickAndImport': [[], ['everything'], [true]],
  'library:recover': [['newest'], [1]],
  'sources:list': [[1]],
  'library:resplit': [[1], ['all']],
  'sources:delete': [[], ['1'], [0], [1.5]],
  'sources:rename': [[1], ['1', 'name'], [1, 7], [1, 'x'.repeat(501)]],
  'sources:replace': [
    [],
    [1],
    [0, { name: 'a.txt', base64: '' }],
    ['1', { name: 'a.txt', base64: '' }],
    [1, { name: 'a.txt' }],
    [1, { name: 'a.txt', base64: '***' }],
    [1, [{ name: 'a.txt', base64: '' }]],
  ],
  'stories:list': [
    [],
    [null],
    [{ sort: 'random' }],
    [{ sourceId: 'one' }],
    [{ sourceId: -1 }],
    [{ extra: true }],
  ],
  'stories:ids': [[], [null], [{ sort: 'random' }], [{ extra: true }]],
  'stories:summaries': [[], ['id'], [[42]], [Array.from({ length: 501 }, () => 'id')]],
  'stories:firstPage': [[{}], [{}, -1], [{}, 501], [{}, 1.5], [{ sort: 'random' }, 10]],
  'stories:get': [[], [42], [''], [{}]],
  'stories:setRead': [['id'], ['id', 'yes'], [1, true]],
  'stories:saveProgress': [['id'], ['id', 2], ['id', -0.1], ['id', Number.NaN], ['id', '0.5']],
  'stories:markOpened': [[], [42], ['']],
  'stories:setFavorite': [['id'], ['id', 1]],
  'stories:split': [['id'], ['id', 0], ['id', 1.5]],
  'stories:mergeNext': [[], [7]],
  'stories:setTitle': [['id'], ['id', '   '], ['id', 'x'.repeat(501)]],
  'stories:delete': [[], [42], ['']],
  'tags:list': [[1]],
  'tags:addToStories': [
    [[], ['x']],
    [['id'], []],
    [['id'], ['']],
  ],
  'tags:removeFromStories': [
    [['id'], ['1']],
    [['id'], [0]],
  ],
  'tags:update': [
    [1, { color: 'neon' }],
    [1, { name: '' }],
    ['1', {}],
    [1, { extra: 1 }],
  ],
  'tags:merge': [
    [[], 1],
    [[1], 'x'],
  ],
  'tags:delete': [[], [-1]],
  'highlights:list': [[], [{ color: 'orange' }], [{ extra: true }]],
  'highlights:create': [
    ['id', { start: 5, end: 5, color: 'yellow' }],
    ['id', { start: 0, end: 2, color: 'red' }],
    ['id', { start: -1, end: 2, color: 'yellow' }],
  ],
  'highlights:update': [
    ['h', { color: 'black' }],
    ['h', { note: 5 }],
    ['', {}],
  ],
  'highlights:delete': [[], [5]],
  'highlights:reattach': [['h', { start: 3, end: 1 }], ['h']],
  'notes:get': [[], [1]],
  'notes:save': [['id'], ['id', 1], ['id', 'x'.repeat(100001)]],
  'collections:list': [[true]],
  'collections:create': [[], [''], ['  ']],
  'collections:rename': [[1], [1, ''], ['one', 'x']],
  'collections:delete': [[], [0]],
  'collections:addStories': [[1, []], [1], ['x', ['id']]],
  'collections:removeStories': [
    [1, []],
    [1, [1]],
  ],
  'collections:reorder': [
    [1, []],
    [-1, ['id']],
  ],
  'undo:apply': [[0], ['x']],
  'search:query': [
    [],
    [42],
    ['工会', 0],
    ['工会', { limit: 0 }],
    ['工会', { limit: 1.5 }],
    ['工会', { offset: -1 }],
    ['工会', { limit: 501 }],
    ['工会', { page: 2 }],
    ['x'.repeat(1001)],
  ],
  'settings:get': [[{}]],
  'settings:update': [
    [],
    [{ theme: 'neon' }],
    [{ fontSize: 'big' }],
    [{ paneWidths: [1] }],
    [{ unknown: 1 }],
  ],
  'shell:openExternal': [[], [42], ['']],
  'export:run': [
    [],
    [{ scope: { kind: 'all' }, format: 'pdf', isHighlightsOnly: false }],
    [{ scope: { kind: 'everything' }, format: 'csv', isHighlightsOnly: false }],
    [{ scope: { kind: 'query', text: '  ' }, format: 'csv', isHighlightsOnly: false }],
    [{ scope: { kind: 'stories', ids: [] }, format: 'html', isHighlightsOnly: false }],
    [{ scope: { kind: 'tag', id: 'x' }, format: 'html', isHighlightsOnly: false }],
    [{ scope: { kind: 'all' }, format: 'csv' }],
    [{ scope: { kind: 'all', path: '/etc' }, format: 'csv', isHighlightsOnly: false }],
  ],
  'export:showInFolder': [['/etc/passwd']],
  'annotations:import': [[], [{ name: 'a.jsonld' }], [{ name: 'a', base64: '***' }]],
  'backup:create': [['/tmp/out']],
  'backup:pickAndRestore': [[], ['everything'], ['/tmp/backup']],
  'backup:restoreUpload': [[{ name: 'b', base64: '' }], [{ name: 'b', base64: '' }, 'wipe']],
  'print:savePdf': [[42], ['x'.repeat(501)]],
}

const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code)

describe('invokeChannel', () => {
  it.each(CHANNELS.map((channel) => [channel]))(
    '%s refuses invalid arguments with INVALID_ARGUMENT',
    async (channel) => {
      expect(INVALID[channel].length).toBeGreaterThan(0)
      for (const args of INVALID[channel]) {
        const result = await invokeChannel(table, channel, args)
        expect(codeOf(result), `${channel} ${JSON.stringify(args)}`).toBe('INVALID_ARGUMENT')
      }
    },
  )

  it('refuses arguments that are not a list', async () => {
    expect(codeOf(await invokeChannel(table, 'library:info', { 0: 1 }))).toBe('INVALID_ARGUMENT')
    expect(codeOf(await invokeChannel(table, 'library:info', undefined))).toBe('INVALID_ARGUMENT')
  })

  it('says which channel and argument were wrong', async () => {
    const result = await invokeChannel(table, 'stories:saveProgress', ['id', 2])
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/^stories:saveProgress: argument 2: /)
  })
})

describe('toFailure', () => {
  it('keeps the code of expected failures', () => {
    expect(toFailure(new ChannelError('FORBIDDEN', 'no'))).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'no' },
    })
    expect(toFailure(new LibraryError('NOT_FOUND', 'no story'))).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'no story' },
    })
    const named = Object.assign(new Error('gone'), { name: 'NotFoundError' })
    expect(toFailure(named)).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })

  it('reports anything else as INTERNAL with its message and never a stack', () => {
    const original = console.error
    console.error = () => {}
    try {
      const failure = toFailure(new TypeError('boom'))
      expect(failure).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'boom' } })
      expect(JSON.stringify(failure)).not.toMatch(/at .*\.ts/)
      expect(toFailure('text')).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'text' } })
    } finally {
      console.error = original
    }
  })
})
