import { describe, expect, it, vi } from 'vitest'

// The Electron entry's order of events, with Electron stood in for: the app:// scheme is made
// privileged before the app is ready (Chromium fixes its scheme list at start-up), the sandbox
// is on for every renderer, and every web contents ever created is hardened.
const events: string[] = []
const appListeners = new Map<string, (...args: unknown[]) => void>()
let registered: unknown[] = []

vi.mock('electron', () => ({
  app: {
    isPackaged: false,
    getAppPath: () => '/app',
    setPath: () => {},
    setName: () => {},
    enableSandbox: () => events.push('enableSandbox'),
    requestSingleInstanceLock: () => true,
    on: (event: string, listener: (...args: unknown[]) => void) =>
      appListeners.set(event, listener),
    // Never ready: this test is about what happens before.
    whenReady: () => {
      events.push('whenReady')
      return new Promise(() => {})
    },
    quit: () => {},
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      events.push('registerSchemesAsPrivileged')
      registered = schemes
    },
  },
  dialog: {},
  Menu: {},
  session: {},
  shell: { openExternal: vi.fn() },
  ipcMain: { handle: () => {}, removeHandler: () => {} },
  BrowserWindow: class {},
  screen: {},
}))

describe('the Electron entry', () => {
  it('registers app:// as privileged before ready, and hardens every web contents', async () => {
    const argv = process.argv
    process.argv = [...argv, '--library', '/tmp/inkstone-entry-test/library']
    try {
      await import('../../src/main/index')
    } finally {
      process.argv = argv
    }
    expect(registered).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    expect(events.indexOf('registerSchemesAsPrivileged')).toBeLessThan(events.indexOf('whenReady'))
    expect(events.indexOf('enableSandbox')).toBeLessThan(events.indexOf('whenReady'))

    const listeners = new Map<string, unknown>()
    let windowOpen: ((details: { url: string }) => { action: string }) | undefined
    appListeners.get('web-contents-created')!(
      {},
      {
        on: (event: string, listener: unknown) => listeners.set(event, listener),
        setWindowOpenHandler: (handler: typeof windowOpen) => (windowOpen = handler),
      },
    )
    expect([...listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-navigate',
      'will-redirect',
    ])
    // A window.open with no click before it: denied, and not sent to the system browser either.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(windowOpen!({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(logged).toHaveBeenCalled())
    const { shell } = await import('electron')
    expect(shell.openExternal).not.toHaveBeenCalled()
    logged.mockRestore()
  })
})
