import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, resolve, sep } from 'node:path'
import { CONTENT_TYPES } from '../handlers/contentTypes'

// Larger files (none in a build today) are streamed, not kept.
const WHOLE_FILE_BYTES = 4 * 1024 * 1024

/** The Content-Type for a file name; unknown kinds are plain bytes, never sniffed. */
export const contentTypeOf = (path: string): string =>
  CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'

/**
 * Maps a request path to a file under root, or null when the path tries to leave it (`..`,
 * encoded dots, backslashes, NUL) or cannot be decoded.
 */
export const resolveStaticPath = (root: string, pathname: string): string | null => {
  let segments: string[]
  try {
    segments = pathname.split('/').map((segment) => decodeURIComponent(segment))
  } catch {
    return null
  }
  if (
    segments.some((segment) => segment === '..' || segment.includes('\\') || segment.includes('\0'))
  ) {
    return null
  }
  const relative = segments.filter((segment) => segment !== '' && segment !== '.').join('/')
  const file = resolve(root, relative === '' ? 'index.html' : relative)
  return file === root || file.startsWith(root + sep) ? file : null
}

const fail = (response: ServerResponse, status: number, message: string) => {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
  })
  response.end(message)
}

/** A file of the page as last read: its bytes while its size and time are the same. */
interface CachedFile {
  size: number
  mtimeMs: number
  bytes: Buffer
}

// The page's files, kept after their first read: each is checked with one stat per request, so
// a rebuild is served at once, and answered without a turn of the event loop. Read through
// promises (realpath, stat, read: three turns), the files waited behind every synchronous
// library request the page had already sent: the app's 500 kB script reached a page loading at
// 10,000 stories 50-700 ms after it was asked for.
const cache = new Map<string, CachedFile>()
const MAX_CACHED_FILES = 64

const etagOf = (info: { size: number; mtimeMs: number }): string =>
  `"${info.size.toString(36)}-${Math.round(info.mtimeMs).toString(36)}"`

/** Serves one file of the built renderer with the page's security headers. */
export const serveStatic = async (
  request: IncomingMessage,
  response: ServerResponse,
  options: { root: string; pathname: string; contentSecurityPolicy: string },
): Promise<void> => {
  const root = resolve(options.root)
  const file = resolveStaticPath(root, options.pathname)
  if (!file) return fail(response, 403, 'Forbidden')
  let info: { size: number; mtimeMs: number }
  let real: string
  try {
    // Symlinks are followed only when they stay inside the renderer folder.
    real = realpathSync(file)
    if (!real.startsWith(realpathSync(root) + sep)) return fail(response, 403, 'Forbidden')
    const found = statSync(real)
    if (!found.isFile()) return fail(response, 404, 'Not found')
    info = { size: found.size, mtimeMs: found.mtimeMs }
  } catch {
    return fail(response, 404, 'Not found')
  }
  const etag = etagOf(info)
  const headers = {
    'Content-Type': contentTypeOf(file),
    'Content-Security-Policy': options.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // A rebuild replaces files under the same server: revalidated (by ETag) on every load.
    'Cache-Control': 'no-cache',
    ETag: etag,
  }
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers)
    return void response.end()
  }
  response.writeHead(200, { ...headers, 'Content-Length': info.size })
  if (request.method === 'HEAD') return void response.end()
  if (info.size > WHOLE_FILE_BYTES) {
    createReadStream(real)
      .on('error', () => response.destroy())
      .pipe(response)
    return
  }
  const cached = cache.get(real)
  if (cached?.size === info.size && cached.mtimeMs === info.mtimeMs) {
    return void response.end(cached.bytes)
  }
  try {
    const bytes = readFileSync(real)
    // A rebuild names its files anew: the old ones are dropped now and then (a build holds ~10).
    if (cache.size >= MAX_CACHED_FILES) cache.clear()
    cache.set(real, { ...info, bytes })
    response.end(bytes)
  } catch {
    response.destroy()
  }
}
