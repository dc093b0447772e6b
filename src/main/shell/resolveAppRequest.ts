import { extname, isAbsolute, relative, resolve } from 'node:path'
import { CONTENT_TYPES } from '../handlers/contentTypes'

/** The privileged scheme and host the built page is served from instead of file:// (checklist 18). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'inkstone'
/** The built page's address; 'self' in the CSP means exactly this scheme and host. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

// Only the kinds of file a Vite build writes; anything else in the folder is not served.
const SERVED = new Set(
  Object.keys(CONTENT_TYPES).filter((extension) => extension !== '.map' && extension !== '.txt'),
)

/** A file of the built renderer to answer with, and its Content-Type. */
export type AppFile = { path: string; contentType: string; isDocument: boolean }

/**
 * Maps a request on `app://inkstone/` to a file inside `rendererDir`, or null when it must be
 * refused: another scheme or host, credentials or a port, an undecodable or traversing path
 * (`..`, `%2e%2e`, `%2f`, backslashes, NUL, drive letters), or a kind of file a build never
 * writes. The query and hash never select a file. Pure: the caller reads the file.
 */
export const resolveAppRequest = (requestUrl: string, rendererDir: string): AppFile | null => {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  if (url.username !== '' || url.password !== '' || url.port !== '') return null
  const raw = url.pathname === '' || url.pathname === '/' ? '/index.html' : url.pathname
  let segments: string[]
  try {
    segments = raw
      .split('/')
      .slice(1)
      .map((segment) => decodeURIComponent(segment))
  } catch {
    return null
  }
  // An encoded slash or backslash would let one segment hide a traversal from the split.
  const isUnsafe = (segment: string) =>
    segment === '..' || segment === '.' || segment === '' || /[\\/\0:]/.test(segment)
  if (segments.some(isUnsafe)) return null
  const root = resolve(rendererDir)
  const path = resolve(root, ...segments)
  const inside = relative(root, path)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null
  const extension = extname(path).toLowerCase()
  const contentType = SERVED.has(extension) ? CONTENT_TYPES[extension] : undefined
  if (!contentType) return null
  return { path, contentType, isDocument: extension === '.html' }
}
