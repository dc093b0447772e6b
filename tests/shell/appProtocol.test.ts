import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/handlers/csp'
import { resolveAppRequest } from '../../src/main/shell/resolveAppRequest'
import {
  answerAppRequest,
  APP_SCHEME_PRIVILEGES,
  registerAppScheme,
  serveAppProtocol,
} from '../../src/main/shell/serveAppProtocol'

// Checklist item 18: the built page comes from app://inkstone/, served from out/renderer only.
const root = mkdtempSync(join(tmpdir(), 'inkstone-protocol-'))
const rendererDir = join(root, 'renderer')
mkdirSync(join(rendererDir, 'assets'), { recursive: true })
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Inkstone</title>')
writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)')
writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}')
writeFileSync(join(rendererDir, 'assets', 'notes.txt'), 'not a build file')
writeFileSync(join(root, 'secret.js'), 'the library is next door')
symlinkSync(join(root, 'secret.js'), join(rendererDir, 'assets', 'link.js'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('resolveAppRequest', () => {
  it('maps our origin to files of the renderer folder, with their Content-Type', () => {
    expect(resolveAppRequest('app://inkstone/', rendererDir)).toEqual({
      path: join(rendererDir, 'index.html'),
      contentType: 'text/html; charset=utf-8',
      isDocument: true,
    })
    expect(resolveAppRequest('app://inkstone/assets/index-abc.js', rendererDir)).toMatchObject({
      path: join(rendererDir, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
      isDocument: false,
    })
    expect(resolveAppRequest('app://inkstone/assets/index-abc.css', rendererDir)?.contentType).toBe(
      'text/css; charset=utf-8',
    )
  })

  it('ignores the query and the hash', () => {
    const file = resolveAppRequest(
      'app://inkstone/index.html?x=../../etc/passwd#/../y',
      rendererDir,
    )
    expect(file?.path).toBe(join(rendererDir, 'index.html'))
  })

  it('never leaves the renderer folder', () => {
    for (const url of [
      'app://inkstone/../secret.js',
      'app://inkstone/%2e%2e/secret.js',
      'app://inkstone/%2E%2E/%2E%2E/secret.js',
      'app://inkstone/assets/..%2f..%2fsecret.js',
      'app://inkstone/assets%2f..%2f..%2fsecret.js',
      'app://inkstone/..%5c..%5csecret.js',
      'app://inkstone/assets\\..\\..\\secret.js',
      'app://inkstone/%2fetc%2fpasswd.js',
      'app://inkstone//etc/passwd.js',
      'app://inkstone/C:%5cWindows%5cwin.ini.js',
      'app://inkstone/index.html%00.js',
      'app://inkstone/%E0%A4%A',
    ]) {
      const file = resolveAppRequest(url, rendererDir)
      if (file) expect(file.path.startsWith(rendererDir + '/'), url).toBe(true)
      expect(file?.path, url).not.toBe(join(root, 'secret.js'))
    }
    // The URL parser already folds dot segments into the root; the rest are refused outright.
    expect(resolveAppRequest('app://inkstone/assets/..%2f..%2fsecret.js', rendererDir)).toBeNull()
    expect(resolveAppRequest('app://inkstone/..%5c..%5csecret.js', rendererDir)).toBeNull()
    expect(resolveAppRequest('app://inkstone/%2fetc%2fpasswd.js', rendererDir)).toBeNull()
    expect(resolveAppRequest('app://inkstone/index.html%00.js', rendererDir)).toBeNull()
    expect(resolveAppRequest('app://inkstone/%E0%A4%A', rendererDir)).toBeNull()
  })

  it('refuses other schemes, hosts, credentials, ports and file kinds a build never writes', () => {
    for (const url of [
      'app://evil/index.html',
      'app://INKSTONE.evil/index.html',
      'app://user:pw@inkstone/index.html',
      'app://inkstone:1234/index.html',
      'file:///etc/passwd',
      'https://inkstone/index.html',
      'app://inkstone/assets/notes.txt',
      'app://inkstone/assets',
      'not a url',
    ]) {
      expect(resolveAppRequest(url, rendererDir), url).toBeNull()
    }
  })
})

describe('answerAppRequest', () => {
  const answer = (url: string, method = 'GET') =>
    answerAppRequest(new Request(url, { method }), rendererDir, CONTENT_SECURITY_POLICY)

  it('serves the page with the CSP header, nosniff and its MIME type', async () => {
    const response = await answer('app://inkstone/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>Inkstone</title>')
    const script = await answer('app://inkstone/assets/index-abc.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('answers 404 for missing files, traversal and a symlink out of the folder', async () => {
    expect((await answer('app://inkstone/assets/missing.js')).status).toBe(404)
    expect((await answer('app://inkstone/..%5csecret.js')).status).toBe(404)
    expect((await answer('app://other/index.html')).status).toBe(404)
    const link = await answer('app://inkstone/assets/link.js')
    expect(link.status).toBe(404)
    expect(await link.text()).toBe('')
  })

  it('refuses every method but GET and HEAD', async () => {
    expect((await answer('app://inkstone/index.html', 'POST')).status).toBe(405)
    expect((await answer('app://inkstone/index.html', 'HEAD')).status).toBe(200)
  })
})

describe('the app scheme', () => {
  it('is standard and secure with fetch, and never bypasses the CSP', () => {
    const registered: unknown[] = []
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) })
    expect(registered).toEqual([{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }])
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true })
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP')
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled')
  })

  it('is handled once, from the renderer folder', async () => {
    const handlers = new Map<string, (request: Request) => Promise<Response> | Response>()
    const protocol = {
      handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
        if (handlers.has(scheme)) throw new Error('handled twice')
        handlers.set(scheme, handler)
      },
      isProtocolHandled: (scheme: string) => handlers.has(scheme),
    }
    serveAppProtocol(protocol, rendererDir, CONTENT_SECURITY_POLICY)
    serveAppProtocol(protocol, rendererDir, CONTENT_SECURITY_POLICY)
    expect([...handlers.keys()]).toEqual(['app'])
    const response = await handlers.get('app')!(new Request('app://inkstone/'))
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })
})

// The built page itself, when out/ has been built (CI builds before the tests): every file the
// build wrote is one the scheme serves, and every asset index.html names resolves to one.
const builtDir = join(import.meta.dirname, '..', '..', 'out', 'renderer')
const isBuilt = existsSync(join(builtDir, 'index.html'))

describe.skipIf(!isBuilt)('the built renderer on app://inkstone', () => {
  it('serves every file the build wrote, with a known type', () => {
    const files = readdirSync(builtDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(builtDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    expect(files.length).toBeGreaterThan(1)
    for (const file of files) {
      expect(resolveAppRequest(`app://inkstone/${file}`, builtDir)?.path, file).toBe(
        join(builtDir, file),
      )
    }
  })

  it('finds every script and stylesheet index.html asks for', () => {
    const html = readFileSync(join(builtDir, 'index.html'), 'utf8')
    const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1])
    expect(assets.length).toBeGreaterThan(0)
    for (const asset of assets) {
      const file = resolveAppRequest(new URL(asset, 'app://inkstone/index.html').href, builtDir)
      expect(file && existsSync(file.path), asset).toBe(true)
    }
  })
})
