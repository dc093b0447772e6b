import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/handlers/csp'
import {
  guardOpenExternal,
  trackUserActivation,
  USER_ACTIVATION_MS,
} from '../../src/main/shell/guardOpenExternal'
import { hardenContents } from '../../src/main/shell/hardenContents'
import { hardenSession } from '../../src/main/shell/hardenSession'

// Checklist items 5 (permissions), 7 (CSP), 11-14 (webview, navigation, new windows) and
// 15 (openExternal), against stand-ins for Electron's session and web contents.
type Listener = (...args: never[]) => unknown

const fakeSession = () => {
  const captured: {
    headers?: (details: unknown, callback: (response: unknown) => void) => void
    request?: (
      contents: unknown,
      permission: string,
      callback: (ok: boolean) => void,
      details: unknown,
    ) => void
    check?: (...args: unknown[]) => boolean
  } = {}
  const session = {
    webRequest: { onHeadersReceived: (listener: never) => (captured.headers = listener) },
    setPermissionRequestHandler: (handler: never) => (captured.request = handler),
    setPermissionCheckHandler: (handler: never) => (captured.check = handler),
  }
  hardenSession(session as unknown as Session, CONTENT_SECURITY_POLICY)
  return captured
}

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'hid',
  'serial',
  'usb',
  'unknown',
]

describe('hardenSession', () => {
  it('refuses every permission request and answers every permission check with no', () => {
    const { request, check } = fakeSession()
    for (const permission of PERMISSIONS) {
      const answer = vi.fn()
      request!({}, permission, answer, { requestingUrl: 'app://inkstone/index.html' })
      expect(answer, permission).toHaveBeenCalledWith(false)
      expect(check!({}, permission, 'app://inkstone', {}), permission).toBe(false)
    }
  })

  it('adds the CSP and nosniff to every response, keeping its other headers', () => {
    const { headers } = fakeSession()
    const callback = vi.fn()
    headers!({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback)
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    })
  })
})

const fakeContents = (openExternal: (url: string) => Promise<void>) => {
  const listeners = new Map<string, Listener>()
  let windowOpen: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof windowOpen) => (windowOpen = handler),
  }
  hardenContents(contents as unknown as WebContents, 'app://inkstone/index.html', openExternal)
  const fire = (event: string, url?: string) => {
    const preventDefault = vi.fn()
    ;(listeners.get(event) as (e: unknown) => void)({ preventDefault, url })
    return preventDefault.mock.calls.length > 0
  }
  return { fire, windowOpen: (url: string) => windowOpen!({ url }) }
}

describe('hardenContents', () => {
  it('lets the page move only within app://inkstone', () => {
    const { fire } = fakeContents(async () => {})
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(fire(event, 'app://inkstone/index.html#/story/3'), event).toBe(false)
      for (const url of [
        'https://example.com/',
        'file:///etc/passwd',
        'app://evil/index.html',
        'javascript:alert(1)',
        'data:text/html,<b>x</b>',
      ]) {
        expect(fire(event, url), `${event} ${url}`).toBe(true)
      }
    }
  })

  it('refuses every webview', () => {
    expect(fakeContents(async () => {}).fire('will-attach-webview')).toBe(true)
  })

  it('refuses every new window, sending only http(s) links to the system browser', async () => {
    const opened: string[] = []
    const { windowOpen } = fakeContents(async (url) => void opened.push(url))
    for (const url of [
      'https://example.com/a',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://inkstone/index.html',
      'smb://host/share',
    ]) {
      expect(windowOpen(url), url).toEqual({ action: 'deny' })
    }
    expect(opened).toEqual(['https://example.com/a'])
  })
})

const fakeWindowContents = () => {
  let onInput: ((event: unknown, input: { type: string }) => void) | undefined
  let focused = true
  const contents = {
    on: (event: string, listener: typeof onInput) => {
      if (event === 'input-event') onInput = listener
    },
    isFocused: () => focused,
  }
  return {
    contents: contents as unknown as WebContents,
    input: (type: string) => onInput!({}, { type }),
    setFocused: (value: boolean) => (focused = value),
  }
}

describe('shell.openExternal', () => {
  const setup = () => {
    let now = 1_000_000
    const window = fakeWindowContents()
    const hasUserActivation = trackUserActivation(window.contents, () => now)
    const opened: string[] = []
    const open = guardOpenExternal(async (url) => void opened.push(url), hasUserActivation)
    return { window, open, opened, advance: (ms: number) => (now += ms) }
  }

  it('refuses a link the page asks for without a click or key press', async () => {
    const { window, open, opened } = setup()
    window.input('mouseMove')
    window.input('mouseWheel')
    await expect(open('https://example.com/')).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(opened).toEqual([])
  })

  it('opens an http(s) link just after a click or a key press in the focused window', async () => {
    const { window, open, opened, advance } = setup()
    window.input('mouseUp')
    await open('https://example.com/a')
    advance(USER_ACTIVATION_MS + 1)
    await expect(open('https://example.com/b')).rejects.toMatchObject({ code: 'FORBIDDEN' })
    window.input('keyDown')
    window.setFocused(false)
    await expect(open('https://example.com/c')).rejects.toMatchObject({ code: 'FORBIDDEN' })
    window.setFocused(true)
    await open('http://example.com/d')
    expect(opened).toEqual(['https://example.com/a', 'http://example.com/d'])
  })

  it('never opens anything but http(s), click or no click', async () => {
    const { window, open, opened } = setup()
    window.input('mouseDown')
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'ms-settings:',
      '/relative',
    ]) {
      await expect(open(url), url).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    expect(opened).toEqual([])
  })
})
