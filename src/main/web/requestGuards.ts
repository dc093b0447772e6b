import { timingSafeEqual } from 'node:crypto'

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

/** Compares a presented token with ours in constant time. */
export const isTokenValid = (presented: string | null | undefined, token: string): boolean => {
  if (typeof presented !== 'string') return false
  const a = Buffer.from(presented)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}
