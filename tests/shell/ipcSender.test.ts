import type { BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../src/shared/contract'
import type { HandlerTable } from '../../src/main/handlers/handlers'
import { invokeChannel } from '../../src/main/handlers/invokeChannel'
import { guardOpenExternal } from '../../src/main/shell/guardOpenExternal'

// Checklist item 17: every IPC call is answered only for the top frame of our own window
// showing app://inkstone; anything else gets FORBIDDEN and never reaches the library.
const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: never) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}))
const { registerIpc } = await import('../../src/main/shell/registerIpc')

const PAGE = 'app://inkstone/index.html'
const calls: string[] = []
const table = new Proxy({} as HandlerTable, {
  get: (_target, channel: string) => () => {
    calls.push(channel)
    return { mode: 'desktop' }
  },
})

let destroyed = false
const window = {
  isDestroyed: () => destroyed,
  webContents: { id: 7 },
} as unknown as BrowserWindow
let currentWindow: BrowserWindow | null = window

const event = (overrides: { id?: number; url?: string; parent?: unknown; frame?: null } = {}) => ({
  sender: { id: overrides.id ?? 7 },
  senderFrame:
    overrides.frame === null
      ? null
      : { url: overrides.url ?? PAGE, parent: overrides.parent ?? null },
})

const call = (channel: string, e: unknown, ...args: unknown[]) => handlers.get(channel)!(e, ...args)
const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN' } }

describe('registerIpc', () => {
  let unregister: () => void
  beforeEach(() => {
    unregister?.()
    unregister = registerIpc(table, () => currentWindow, PAGE)
    calls.length = 0
    destroyed = false
    currentWindow = window
  })

  it('registers every channel of the contract, and removes them all', () => {
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort())
    unregister()
    expect(handlers.size).toBe(0)
    unregister = registerIpc(table, () => currentWindow, PAGE)
  })

  it('answers the top frame of our window on app://inkstone', async () => {
    expect(await call('library:info', event())).toEqual({ ok: true, value: { mode: 'desktop' } })
    expect(await call('library:info', event({ url: `${PAGE}#/story/2` }))).toMatchObject({
      ok: true,
    })
    expect(calls).toEqual(['library:info', 'library:info'])
  })

  it('refuses other web contents, subframes, other pages and a closed window', async () => {
    const refused = [
      event({ id: 8 }),
      event({ parent: { url: PAGE } }),
      event({ url: 'file:///app/out/renderer/index.html' }),
      event({ url: 'app://evil/index.html' }),
      event({ url: 'https://example.com/' }),
      event({ url: 'about:blank' }),
      event({ frame: null }),
    ]
    for (const e of refused) expect(await call('library:info', e)).toMatchObject(FORBIDDEN)
    destroyed = true
    expect(await call('library:info', event())).toMatchObject(FORBIDDEN)
    currentWindow = null
    expect(await call('settings:get', event())).toMatchObject(FORBIDDEN)
    expect(calls).toEqual([])
  })
})

describe('shell:openExternal through the contract', () => {
  it('reaches the page as a FORBIDDEN result without a click, never as an internal error', async () => {
    const opened: string[] = []
    const open = guardOpenExternal(
      async (url) => void opened.push(url),
      () => false,
    )
    const links = {
      'shell:openExternal': async (url: string) => {
        await open(url)
        return null
      },
    } as unknown as HandlerTable
    expect(
      await invokeChannel(links, 'shell:openExternal', ['https://example.com/']),
    ).toMatchObject(FORBIDDEN)
    expect(opened).toEqual([])
  })
})
