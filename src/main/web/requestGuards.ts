import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * True when the Host header names our loopback server. A DNS-rebinding page reaches us under
 * its own host name, so anything else is refused.
 */
export const isAllowedHost = (host: string | undefined, port: number): boolean =>
  host === `127.0.0.1:${port}` || host === `localhost:${port}`

/** True when a request carries no Origin (same-origin GET, non-browser client) or our own. */
export const isAllowedOrigin = (origin: string | undefined, port: number): boolean =>
  origin === undefined ||
  origin === `http://127.0.0.1:${port}` ||
  origin === `http://localhost:${port}`

const digest = (text: string): Buffer => createHash('sha256').update(text).digest()

/**
 * Compares a presented token with ours in constant time: their digests, so that not even the
 * token's length shows in how long a wrong guess takes to refuse.
 */
export const isTokenValid = (presented: string | null | undefined, token: string): boolean => {
  if (typeof presented !== 'string') return false
  return timingSafeEqual(digest(presented), digest(token))
}
