import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import type { Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { listenOnSavedAddress } from '../../src/main/web/listenOnSavedAddress'
import type { WebServer } from '../../src/main/web/startWebServer'
import { browserCommand, shouldOpenBrowser } from '../../src/main/web/openBrowser'
import { WEB_SETTINGS_FILE, readWebSettings } from '../../src/main/web/webSettings'

let dir: string
let libraryDir: string
let rendererDir: string
let library: Library
const running: WebServer[] = []

const start = async (options: { port?: number; isNewToken?: boolean } = {}) => {
  const started = await listenOnSavedAddress({ library, rendererDir, libraryDir, ...options })
  running.push(started.server)
  return started
}

const stop = async (server: WebServer) => {
  running.splice(running.indexOf(server), 1)
  await server.close()
}

const status = async (port: number, token: string) =>
  (
    await fetch(`http://127.0.0.1:${port}/api/library:info`, {
      method: 'POST',
      headers: { 'X-Inkstone-Token': token, 'Content-Type': 'application/json' },
      body: '{"args":[]}',
    })
  ).status

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-web-address-'))
  libraryDir = join(dir, 'library')
  rendererDir = join(dir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><div id="root"></div>')
  library = openLibrary(libraryDir)
})

afterEach(async () => {
  for (const server of [...running]) await stop(server)
  library.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('web mode keeps its address in the library folder', () => {
  it('saves the port and token, readable by the owner only, and reuses them after a restart', async () => {
    const first = await start()
    const saved = readWebSettings(libraryDir)
    expect(saved).toEqual({ port: first.server.port, token: first.server.token })
    expect(first.server.token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    if (process.platform !== 'win32') {
      expect(statSync(join(libraryDir, WEB_SETTINGS_FILE)).mode & 0o777).toBe(0o600)
    }
    const url = first.server.url
    await stop(first.server)

    const second = await start()
    expect(second.server.url).toBe(url)
    expect(second).toMatchObject({ isTokenNew: false, isPortMoved: false })
    expect(await status(second.server.port, second.server.token)).toBe(200)
  })

  it('makes a new token on --new-token and refuses the old one', async () => {
    const first = await start()
    const { port, token: oldToken } = first.server
    await stop(first.server)

    const second = await start({ isNewToken: true })
    expect(second.isTokenNew).toBe(true)
    expect(second.server.port).toBe(port)
    expect(second.server.token).not.toBe(oldToken)
    expect(readWebSettings(libraryDir)?.token).toBe(second.server.token)
    expect(await status(port, oldToken)).toBe(403)
    expect(await status(port, second.server.token)).toBe(200)
  })

  it('moves to a free port, and saves it, when the saved one is taken', async () => {
    const first = await start()
    const { port, token } = first.server
    await stop(first.server)
    const squatter: Server = createServer()
    await new Promise<void>((done) => squatter.listen(port, '127.0.0.1', done))
    try {
      const second = await start()
      expect(second.isPortMoved).toBe(true)
      expect(second.server.port).not.toBe(port)
      expect(second.server.token).toBe(token)
      expect(readWebSettings(libraryDir)).toEqual({ port: second.server.port, token })
    } finally {
      await new Promise((done) => squatter.close(done))
    }
  })

  it('says a port named on the command line is taken rather than moving', async () => {
    const squatter: Server = createServer()
    await new Promise<void>((done) => squatter.listen(0, '127.0.0.1', done))
    const port = (squatter.address() as { port: number }).port
    try {
      await expect(start({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' })
    } finally {
      await new Promise((done) => squatter.close(done))
    }
  })

  it('replaces a damaged or hand-edited web.json with a new address', async () => {
    mkdirSync(libraryDir, { recursive: true })
    for (const text of ['{not json', '{"port":"80","token":"short"}', '[]']) {
      writeFileSync(join(libraryDir, WEB_SETTINGS_FILE), text)
      expect(readWebSettings(libraryDir)).toBeNull()
    }
    const started = await start()
    const saved = JSON.parse(readFileSync(join(libraryDir, WEB_SETTINGS_FILE), 'utf8')) as unknown
    expect(saved).toEqual({ port: started.server.port, token: started.server.token })
  })
})

describe('opening the browser', () => {
  it('opens unless --no-open, on CI, or under a test runner', () => {
    expect(shouldOpenBrowser([], {})).toBe(true)
    expect(shouldOpenBrowser(['--no-open'], {})).toBe(false)
    expect(shouldOpenBrowser([], { CI: 'true' })).toBe(false)
    expect(shouldOpenBrowser([], { VITEST: 'true' })).toBe(false)
  })

  it("uses the platform's opener", () => {
    const url = 'http://127.0.0.1:4000/?token=abc'
    expect(browserCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url] })
    expect(browserCommand('darwin', url)).toEqual({ command: 'open', args: [url] })
    expect(browserCommand('win32', url).args.at(-1)).toBe(url)
  })
})
