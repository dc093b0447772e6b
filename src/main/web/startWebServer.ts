import type { LibraryHealth } from '../../shared/health'
import { importUploadsInWorkers } from '../workers/importInWorkers'
import { backupInWorker } from '../workers/backupInWorker'
import { resplitInWorker } from '../workers/resplitInWorker'
import { restoreInWorker } from '../workers/restoreInWorker'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import type { ErrorCode } from '../../shared/contract'
import { MAX_FILE_BYTES } from '../../shared/limits'
import type { Library } from '../core/library/types'
import { createHandlers } from '../handlers/handlers'
import type { Emit, HandlerTable } from '../handlers/handlers'
import { invokeChannel, isChannel } from '../handlers/invokeChannel'
import { CONTENT_SECURITY_POLICY } from '../handlers/csp'
import { createEventStream } from './createEventStream'
import type { EventStream } from './createEventStream'
import { BodyError, readJsonBody } from './readJsonBody'
import { isAllowedHost, isAllowedOrigin, isTokenValid } from './requestGuards'
import { NO_TOKEN_PAGE, NO_TOKEN_PAGE_CSP } from './noTokenPage'
import { resolveStaticPath, serveStatic } from './serveStatic'

/**
 * The largest request: one upload of the largest page the importer takes, base64-encoded
 * (4 bytes for every 3) inside the JSON body, with room for its name and the framing. The
 * page sends every file in its own request, so no batch needs more.
 */
export const BODY_LIMIT = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 256 * 1024

const LOOPBACK = '127.0.0.1'

/** How long a stop waits for requests already being answered before cutting them off. */
const CLOSE_GRACE_MS = 3000

/** Options for the loopback bridge. */
export interface WebServerOptions {
  library: Library
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 (the default) picks a free port. */
  port?: number
  /** Only 127.0.0.1 is accepted: the bridge hands out the whole library. */
  host?: string
  /** The token every request must carry (web.json's, or a fixed one in tests); random otherwise. */
  token?: string
  /** What the check of the library file at start found (library:info reports it). */
  health?: () => LibraryHealth
}

/** A running bridge. */
export interface WebServer {
  /** The page address, token included: http://127.0.0.1:PORT/?token=TOKEN */
  url: string
  port: number
  token: string
  /** Sends an event to every open page (main's own news, like index rebuild progress). */
  emit: Emit
  close(): Promise<void>
}

const sendJson = (
  response: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
) => {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  })
  response.end(JSON.stringify(body))
}

const sendFailure = (response: ServerResponse, status: number, code: ErrorCode, message: string) =>
  sendJson(response, status, { ok: false, error: { code, message } })

const isAppPage = (rendererDir: string, rawPath: string): boolean =>
  resolveStaticPath(resolve(rendererDir), rawPath) === resolve(rendererDir, 'index.html')

const sendNoTokenPage = (request: IncomingMessage, response: ServerResponse) => {
  response.writeHead(401, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(NO_TOKEN_PAGE),
    'Content-Security-Policy': NO_TOKEN_PAGE_CSP,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  })
  response.end(request.method === 'HEAD' ? undefined : NO_TOKEN_PAGE)
}

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

interface Context {
  port: number
  token: string
  table: HandlerTable
  events: EventStream
  rendererDir: string
}

const handleApi = async (
  request: IncomingMessage,
  response: ServerResponse,
  channel: string,
  context: Context,
) => {
  if (request.method !== 'POST') {
    return sendFailure(response, 405, 'INVALID_ARGUMENT', 'use POST for /api requests')
  }
  if (!isTokenValid(request.headers['x-inkstone-token'] as string | undefined, context.token)) {
    return sendFailure(response, 403, 'FORBIDDEN', 'missing or wrong X-Inkstone-Token')
  }
  if (!isChannel(channel)) {
    return sendFailure(response, 404, 'NOT_FOUND', `no channel named ${channel}`)
  }
  let body: unknown
  try {
    body = await readJsonBody(request, BODY_LIMIT)
  } catch (error) {
    const isBodyError = error instanceof BodyError
    const message = error instanceof Error ? error.message : String(error)
    return sendJson(
      response,
      isBodyError ? error.status : 400,
      { ok: false, error: { code: isBodyError ? error.code : 'INVALID_ARGUMENT', message } },
      { Connection: 'close' },
    )
  }
  const args = typeof body === 'object' && body !== null && 'args' in body ? body.args : []
  sendJson(response, 200, await invokeChannel(context.table, channel, args))
}

const route = async (request: IncomingMessage, response: ServerResponse, context: Context) => {
  if (!isAllowedHost(request.headers.host, context.port)) {
    return sendFailure(response, 403, 'FORBIDDEN', 'unexpected Host header')
  }
  if (!isAllowedOrigin(request.headers.origin, context.port)) {
    return sendFailure(response, 403, 'FORBIDDEN', 'cross-origin requests are refused')
  }
  const url = new URL(request.url ?? '/', `http://${LOOPBACK}:${context.port}`)
  if (url.pathname.startsWith('/api/')) {
    return handleApi(request, response, safeDecode(url.pathname.slice('/api/'.length)), context)
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendFailure(response, 405, 'INVALID_ARGUMENT', `${request.method} is not served`)
  }
  if (url.pathname === '/events') {
    if (!isTokenValid(url.searchParams.get('token'), context.token)) {
      return sendFailure(response, 403, 'FORBIDDEN', 'missing or wrong token')
    }
    return context.events.attach(response)
  }
  // The raw path, not the URL-normalised one, so `/../x` is refused rather than quietly rewritten.
  const rawPath = (request.url ?? '/').split('?')[0]
  // The app's page only with the token: without it the app could only show an empty library.
  if (
    isAppPage(context.rendererDir, rawPath) &&
    !isTokenValid(url.searchParams.get('token'), context.token)
  ) {
    return sendNoTokenPage(request, response)
  }
  await serveStatic(request, response, {
    root: context.rendererDir,
    pathname: rawPath,
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  })
}

/** Serves the renderer and the contract's handlers to a browser on 127.0.0.1 only. */
export const startWebServer = async (options: WebServerOptions): Promise<WebServer> => {
  const host = options.host ?? LOOPBACK
  if (host !== LOOPBACK) throw new Error(`web mode listens on ${LOOPBACK} only, not ${host}`)
  const token = options.token ?? randomBytes(24).toString('base64url')
  const events = createEventStream()
  const table = createHandlers({
    library: options.library,
    // Uploads are read, split and indexed on import threads: the server keeps answering.
    importUploads: (uploads, importOptions) =>
      importUploadsInWorkers(options.library, uploads, importOptions),
    // Backups are written on a backup thread: the server keeps answering meanwhile.
    backup: (out) => backupInWorker(options.library, out),
    // Restores too, on a restore thread.
    restore: (file, mode) => restoreInWorker(options.library, file, mode),
    resplitPages: (resplitOptions) => resplitInWorker(options.library, resplitOptions),
    mode: 'web',
    emit: events.send,
    health: options.health,
  })
  const context: Context = { port: 0, token, table, events, rendererDir: options.rendererDir }

  // Requests being answered: a stop lets them finish (a reading position, a session saved just
  // before a restart) instead of cutting them off, up to CLOSE_GRACE_MS.
  let inFlight = 0
  let onAnswered: (() => void) | null = null
  const server = createServer((request, response) => {
    inFlight += 1
    response.once('close', () => {
      inFlight -= 1
      if (inFlight === 0) onAnswered?.()
    })
    route(request, response, context).catch((error: unknown) => {
      console.error('[inkstone] web request failed:', error)
      if (!response.headersSent) sendFailure(response, 500, 'INTERNAL', 'request failed')
      else response.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  context.port = (server.address() as AddressInfo).port

  return {
    url: `http://${LOOPBACK}:${context.port}/?token=${token}`,
    port: context.port,
    token,
    emit: events.send,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Ends the event streams, so only real requests are still being answered.
        events.close()
        const closeAll = () => server.closeAllConnections()
        if (inFlight === 0) return closeAll()
        onAnswered = closeAll
        setTimeout(closeAll, CLOSE_GRACE_MS).unref()
      }),
  }
}
