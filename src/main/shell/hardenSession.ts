import type { Session } from 'electron'

/** Adds the CSP header to every response and refuses every permission (camera, geolocation…). */
export const hardenSession = (session: Session, contentSecurityPolicy: string): void => {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
        'X-Content-Type-Options': ['nosniff'],
      },
    })
  })
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
