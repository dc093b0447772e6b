import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { CONTENT_SECURITY_POLICY } from '../../src/main/handlers/csp'
import { BODY_LIMIT, startWebServer } from '../../src/main/web/startWebServer'
import { MAX_FILE_BYTES } from '../../src/shared/limits'
import type { WebServer } from '../../src/main/web/startWebServer'

const seeds = join(import.meta.dirname, '..', '..', 'seeds')

interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

// node:http rather than fetch: fetch normalises `/../` away and will not send a forged Host.
const send = (
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        )
      },
    )
    request.on('error', reject)
    request.end(options.body)
  })

let dir: string
let library: Library
let server: WebServer

const api = (channel: string, args: unknown[], headers: Record<string, string> = {}) =>
  send(server.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', 'X-Inkstone-Token': server.token, ...headers },
    body: JSON.stringify({ args }),
  })

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-web-'))
  const rendererDir = join(dir, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><title>Inkstone</title><div id="root"></div>',
  )
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("inkstone")')
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer')
  library = openLibrary(join(dir, 'library'))
  library.importSeedsIfEmpty(seeds)
  server = await startWebServer({ library, rendererDir })
})

afterAll(async () => {
  await server.close()
  library.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('web bridge', () => {
  it('listens on 127.0.0.1 with a random token in the printed address', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/)
  })

  it('refuses to bind anything but 127.0.0.1', async () => {
    await expect(startWebServer({ library, rendererDir: dir, host: '0.0.0.0' })).rejects.toThrow(
      /127\.0\.0\.1/,
    )
  })

  it('answers POST /api/<channel> with the Result', async () => {
    const reply = await api('stories:list', [{}])
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    const result = JSON.parse(reply.body)
    expect(result.ok).toBe(true)
    expect(result.value.length).toBeGreaterThan(5)
    expect(JSON.parse((await api('library:info', [])).body).value.mode).toBe('web')
  })

  it('requires the token', async () => {
    for (const token of [undefined, 'wrong', `${server.token}x`]) {
      const headers: Record<string, string> =
        token === undefined ? {} : { 'X-Inkstone-Token': token }
      const reply = await send(server.port, {
        method: 'POST',
        path: '/api/stories:list',
        headers,
        body: '{"args":[{}]}',
      })
      expect(reply.status).toBe(403)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })

  it('rejects a foreign Host (DNS rebinding) and a cross-origin Origin', async () => {
    const rebound = await api('stories:list', [{}], { Host: `evil.example:${server.port}` })
    expect(rebound.status).toBe(403)
    const crossOrigin = await api('stories:list', [{}], { Origin: 'http://evil.example' })
    expect(crossOrigin.status).toBe(403)
    const sameOrigin = await api('library:info', [], { Origin: `http://127.0.0.1:${server.port}` })
    expect(sameOrigin.status).toBe(200)
    const localhost = await api('library:info', [], { Host: `localhost:${server.port}` })
    expect(localhost.status).toBe(200)
  })

  it('answers an unknown channel with 404, bad arguments and bad JSON with INVALID_ARGUMENT', async () => {
    const unknown = await api('stories:noSuchChannel', [])
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(JSON.parse((await api('stories:get', [42])).body)).toMatchObject({
      error: { code: 'INVALID_ARGUMENT' },
    })
    const notJson = await send(server.port, {
      method: 'POST',
      path: '/api/library:info',
      headers: { 'X-Inkstone-Token': server.token },
      body: '{args',
    })
    expect(notJson.status).toBe(400)
  })

  it('never lets the page name a path on disk: library:importPaths is no channel', async () => {
    const page = join(dir, 'private-notes.txt')
    writeFileSync(
      page,
      '私人笔记\n\n这是一个不该被网页读到的文件，里面写着只属于读者自己的内容。',
      'utf8',
    )
    const before = JSON.parse((await api('sources:list', [])).body).value.length
    const present = await api('library:importPaths', [[page]])
    const absent = await api('library:importPaths', [[join(dir, 'no-such-file.txt')]])
    expect(present.status).toBe(404)
    expect(JSON.parse(present.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    // The same answer whether the path exists or not: nothing to probe the disk with.
    expect(absent.body.replace('no-such-file', 'private-notes')).toBe(present.body)
    expect(JSON.parse((await api('sources:list', [])).body).value.length).toBe(before)
    const found = JSON.parse((await api('search:query', ['私人笔记'])).body).value
    expect(found).toEqual({ total: 0, hits: [] })
  })

  it('answers a body it will not read with a coded error, before reading it', async () => {
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest({
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: '/api/library:importUploads',
        headers: { 'X-Inkstone-Token': server.token, 'Content-Length': String(BODY_LIMIT + 1) },
      })
      request.on('response', (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, body })
          request.destroy()
        })
      })
      request.on('error', reject)
      request.write('{"args":')
    })
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
  })

  it('lets a client that sends a too-large body to the end read the coded error', async () => {
    // No Content-Length (chunked), as a client that does not know the size up front sends it:
    // the limit is only found while reading, and the answer must still reach the client.
    const chunk = Buffer.alloc(1024 * 1024, 'A')
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest({
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: '/api/library:importUploads',
        headers: { 'X-Inkstone-Token': server.token, 'Transfer-Encoding': 'chunked' },
      })
      request.on('response', (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (text: string) => (body += text))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      })
      request.on('error', reject)
      request.write('{"args":[[{"name":"big.txt","base64":"')
      for (let sent = 0; sent <= BODY_LIMIT; sent += chunk.length) request.write(chunk)
      request.end('"}]]}')
    })
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
  })

  it('takes one page of the largest size the importer accepts in one request', async () => {
    expect(BODY_LIMIT).toBeGreaterThanOrEqual(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 64 * 1024)
    // 12 MB, nearly all of it style sheet, so the import itself stays quick.
    const style = '.c{margin:0 auto;padding:1px}\n'.repeat((12 * 1024 * 1024) / 30)
    const html = `<!doctype html><meta charset=utf-8><style>${style}</style><h1>十二兆的页面</h1><p>本报讯 这一页虽大，正文却短，导入应当顺利完成并且可以搜索到。</p>`
    const base64 = Buffer.from(html, 'utf8').toString('base64')
    const reply = await api('library:importUploads', [[{ name: 'twelve-mb.html', base64 }]])
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { files: 1, skipped: [] } })
  })

  it('serves the page with the CSP and nosniff headers', async () => {
    const index = await send(server.port, { path: `/?token=${server.token}` })
    expect(index.status).toBe(200)
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(index.headers['x-content-type-options']).toBe('nosniff')
    expect(index.body).toContain('<div id="root">')
    const script = await send(server.port, { path: '/assets/app.js' })
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await send(server.port, { path: '/assets/missing.js' })).status).toBe(404)
  })

  it('refuses directory traversal, plain or encoded', async () => {
    for (const path of [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const reply = await send(server.port, { path })
      expect(reply.status, path).toBe(403)
      expect(reply.body).not.toContain('outside the renderer')
    }
  })

  it('streams events to a page holding the token, and refuses one without', async () => {
    expect((await send(server.port, { path: '/events' })).status).toBe(403)
    const received = await new Promise<string>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/events?token=${encodeURIComponent(server.token)}`,
        },
        (response) => {
          expect(response.headers['content-type']).toMatch(/^text\/event-stream/)
          let text = ''
          response.setEncoding('utf8')
          response.on('data', (chunk: string) => {
            text += chunk
            if (text.includes(': connected') && !text.includes('event:')) {
              const base64 = Buffer.from(
                '新闻标题\n\n这是一篇用来测试事件推送的短文，内容足够长。',
                'utf8',
              ).toString('base64')
              void api('library:importUploads', [[{ name: 'event.txt', base64 }]])
            }
            if (text.includes('event: library:changed')) {
              request.destroy()
              resolve(text)
            }
          })
        },
      )
      request.on('error', reject)
      request.end()
    })
    expect(received).toContain('event: import:progress\ndata: {')
    expect(received).toContain('event: library:changed\ndata: {"reason":"import"}\n\n')
  })
})
