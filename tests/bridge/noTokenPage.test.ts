import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { isTokenValid } from '../../src/main/web/requestGuards'
import { startWebServer } from '../../src/main/web/startWebServer'
import type { WebServer } from '../../src/main/web/startWebServer'

let dir: string
let library: Library
let server: WebServer
const APP_PAGE = '<!doctype html><title>Inkstone</title><div id="root"></div>'

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-no-token-'))
  const rendererDir = join(dir, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), APP_PAGE)
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("inkstone")')
  library = openLibrary(join(dir, 'library'))
  server = await startWebServer({ library, rendererDir })
})

afterAll(async () => {
  await server.close()
  library.close()
  rmSync(dir, { recursive: true, force: true })
})

const get = (path: string) => fetch(`http://127.0.0.1:${server.port}${path}`)

describe('the page at the address without its token', () => {
  it('explains in English and Chinese how to open the app, instead of an empty app', async () => {
    for (const path of ['/', '/index.html', '/?token=', '/?token=wrong', '/./']) {
      const reply = await get(path)
      const body = await reply.text()
      expect(reply.status, path).toBe(401)
      expect(body, path).not.toContain('id="root"')
      expect(body).toContain('Open Inkstone with its full address')
      expect(body).toContain('请用完整地址打开 Inkstone')
      expect(body).toContain('npm start -- --new-token')
      expect(body).toContain('Inkstone web mode: http://127.0.0.1:')
    }
  })

  it('leaks nothing: no token, no library folder, no script, and a policy that runs none', async () => {
    const reply = await get('/?token=wrong')
    const body = await reply.text()
    expect(body).not.toContain(server.token)
    expect(body).not.toContain(dir)
    expect(body).not.toMatch(/<script/i)
    const policy = reply.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).not.toContain('script-src')
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/)
    expect(reply.headers.get('cache-control')).toBe('no-store')
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('serves the app with the token, and its assets (which hold no data) either way', async () => {
    const page = await get(`/?token=${server.token}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toBe(APP_PAGE)
    expect((await get('/assets/app.js')).status).toBe(200)
  })

  it('still refuses every API call without the token', async () => {
    const reply = await fetch(`http://127.0.0.1:${server.port}/api/library:info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"args":[]}',
    })
    expect(reply.status).toBe(403)
  })
})

describe('the token check', () => {
  it('takes only the exact token, whatever the length or type of a guess', () => {
    const token = 'WEBQEloXl9sxyOgg_yFrVlaHqDOKn1bs'
    expect(isTokenValid(token, token)).toBe(true)
    for (const guess of [
      token.slice(0, -1),
      `${token}x`,
      token.toLowerCase(),
      '',
      'x'.repeat(5000),
    ]) {
      expect(isTokenValid(guess, token), guess.slice(0, 40)).toBe(false)
    }
    expect(isTokenValid(null, token)).toBe(false)
    expect(isTokenValid(undefined, token)).toBe(false)
  })
})
