import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../../src/main/web/serveStatic'

const CSP = "default-src 'self'"
let dir: string
let root: string
let server: Server

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

const get = (path: string, headers: Record<string, string> = {}): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const { port } = server.address() as AddressInfo
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-static-'))
  root = join(dir, 'renderer')
  mkdirSync(join(root, 'assets', 'folder'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("first build")')
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer')
  symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'leak.txt'))
  server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname
    void serveStatic(request, response, { root, pathname, contentSecurityPolicy: CSP })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

describe('the page’s files in web mode', () => {
  it('answers a file with its headers and an ETag, and a revalidation with 304', async () => {
    const first = await get('/assets/app.js')
    expect(first.status).toBe(200)
    expect(first.body).toBe('console.log("first build")')
    expect(first.headers['content-security-policy']).toBe(CSP)
    expect(first.headers['x-content-type-options']).toBe('nosniff')
    expect(first.headers['cache-control']).toBe('no-cache')
    const etag = first.headers.etag as string
    expect(etag).toMatch(/^"[\da-z]+-[\da-z]+"$/)
    const again = await get('/assets/app.js', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
  })

  it('serves a rebuilt file at once, however recently the old one was served', async () => {
    expect((await get('/assets/app.js')).body).toBe('console.log("first build")')
    const old = (await get('/assets/app.js')).headers.etag
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log("second build!")')
    // Another time too, so a same-size rewrite within a clock tick is not what is tested.
    utimesSync(join(root, 'assets', 'app.js'), new Date(), new Date(Date.now() + 5000))
    const rebuilt = await get('/assets/app.js', { 'If-None-Match': old as string })
    expect(rebuilt.status).toBe(200)
    expect(rebuilt.body).toBe('console.log("second build!")')
    expect(rebuilt.headers.etag).not.toBe(old)
  })

  it('refuses a link out of the folder, and answers a folder or a missing file with 404', async () => {
    const leak = await get('/assets/leak.txt')
    expect(leak.status).toBe(403)
    expect(leak.body).not.toContain('outside the renderer')
    expect((await get('/assets/folder')).status).toBe(404)
    expect((await get('/assets/missing.js')).status).toBe(404)
    expect((await get('/')).body).toContain('<div id="root">')
  })
})
