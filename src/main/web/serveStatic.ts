import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, resolve, sep } from 'node:path'
import { CONTENT_TYPES } from '../handlers/contentTypes'

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

/** Serves one file of the built renderer with the page's security headers. */
export const serveStatic = async (
  request: IncomingMessage,
  response: ServerResponse,
  options: { root: string; pathname: string; contentSecurityPolicy: string },
): Promise<void> => {
  const root = resolve(options.root)
  const file = resolveStaticPath(root, options.pathname)
  if (!file) return fail(response, 403, 'Forbidden')
  let size: number
  try {
    // Symlinks are followed only when they stay inside the renderer folder.
    const [real, realRoot] = await Promise.all([realpath(file), realpath(root)])
    if (!real.startsWith(realRoot + sep)) return fail(response, 403, 'Forbidden')
    const info = await stat(real)
    if (!info.isFile()) return fail(response, 404, 'Not found')
    size = info.size
  } catch {
    return fail(response, 404, 'Not found')
  }
  response.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': size,
    'Content-Security-Policy': options.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // A rebuild replaces files under the same server; revalidate rather than serve stale ones.
    'Cache-Control': 'no-cache',
  })
  if (request.method === 'HEAD') return void response.end()
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response)
}
