import { mkdtempSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { startWebServer } from '../../src/main/web/startWebServer'
import type { WebServer } from '../../src/main/web/startWebServer'

// A stop (a restart of web mode) lets the requests it is answering finish: a write the page
// made just before it (the session, a reading position) is kept, not cut off half way.

let dir: string
let library: Library
let server: WebServer

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-close-'))
  library = openLibrary(join(dir, 'library'))
  server = await startWebServer({ library, rendererDir: join(dir, 'renderer') })
})

afterEach(() => {
  library.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Opens a POST and sends the first half of its body; `finish` sends the rest and answers. */
const startRequest = (channel: string, args: unknown[]) => {
  const body = JSON.stringify({ args })
  const half = Math.floor(body.length / 2)
  const request = httpRequest({
    host: '127.0.0.1',
    port: server.port,
    method: 'POST',
    path: `/api/${channel}`,
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
      'X-Inkstone-Token': server.token,
    },
  })
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('response', (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }))
    })
    request.on('error', reject)
  })
  request.write(body.slice(0, half))
  return {
    finish: () => {
      request.end(body.slice(half))
      return answer
    },
  }
}

it('answers a request already under way before it stops', async () => {
  const pending = startRequest('settings:update', [{ fontSize: 21 }])
  // The request has reached the server (its headers are read) before the stop begins.
  await new Promise((resolve) => setTimeout(resolve, 100))
  const closed = server.close()
  const reply = await pending.finish()
  expect(reply.status).toBe(200)
  expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { fontSize: 21 } })
  await closed
  expect(library.getSettings().fontSize).toBe(21)
})

it('stops at once when nothing is under way, even with a page listening for events', async () => {
  const events = new Promise<void>((resolve) => {
    httpRequest(
      { host: '127.0.0.1', port: server.port, path: `/events?token=${server.token}` },
      (response) => {
        response.resume()
        response.once('data', () => resolve())
      },
    ).end()
  })
  await events
  const started = Date.now()
  await server.close()
  expect(Date.now() - started).toBeLessThan(1000)
})
