/**
 * The page's Content Security Policy, sent as a header (by app://inkstone/ on the desktop, by
 * the web bridge in web mode) and repeated in index.html's <meta> as a second line. Nothing but
 * the app's own files may run or load: imported text is rendered by a page that can neither
 * fetch nor frame anything else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

/**
 * The looser policy for `electron-vite dev` only: Vite's dev server injects inline scripts
 * (React refresh) and styles, and talks to the page over a WebSocket.
 */
export const devContentSecurityPolicy = (devServerUrl: string): string => {
  const origin = new URL(devServerUrl).origin
  const socket = origin.replace(/^http/, 'ws')
  return [
    "default-src 'none'",
    `script-src 'self' 'unsafe-inline' ${origin}`,
    `style-src 'self' 'unsafe-inline' ${origin}`,
    `img-src 'self' data: ${origin}`,
    `font-src 'self' ${origin}`,
    `connect-src 'self' ${origin} ${socket}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ')
}
