import { readFile, realpath } from 'node:fs/promises'
import { sep } from 'node:path'
import type { Protocol } from 'electron'
import { APP_SCHEME, resolveAppRequest } from './resolveAppRequest'

/**
 * The scheme's privileges: a standard, secure origin (so 'self', fetch and module scripts work
 * as on https) and nothing more - no bypassCSP, no CORS opening, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const

/** Must run before the app is ready: Chromium fixes the scheme list at start-up. */
export const registerAppScheme = (protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>) =>
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])

const refuse = (status: number) =>
  new Response(null, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  })

/** Answers one request on the scheme from the built renderer folder, with the page's headers. */
export const answerAppRequest = async (
  request: Request,
  rendererDir: string,
  contentSecurityPolicy: string,
): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405)
  const file = resolveAppRequest(request.url, rendererDir)
  if (!file) return refuse(404)
  let body: Buffer
  try {
    // A symlink is followed only when it stays inside the renderer folder.
    const [real, realRoot] = await Promise.all([realpath(file.path), realpath(rendererDir)])
    if (!real.startsWith(realRoot + sep)) return refuse(404)
    body = await readFile(real)
  } catch {
    return refuse(404)
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  })
}

/** Serves `app://inkstone/` from rendererDir only; call once the app is ready. */
export const serveAppProtocol = (
  protocol: Pick<Protocol, 'handle' | 'isProtocolHandled'>,
  rendererDir: string,
  contentSecurityPolicy: string,
): void => {
  // start() runs again after a damaged library is recovered; a second handle() would throw.
  if (protocol.isProtocolHandled(APP_SCHEME)) return
  protocol.handle(APP_SCHEME, (request) =>
    answerAppRequest(request, rendererDir, contentSecurityPolicy),
  )
}
