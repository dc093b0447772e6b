import { APP_HOST, APP_PAGE_URL, APP_SCHEME } from './resolveAppRequest'

/**
 * Where the window loads the page from: Vite's dev server under `electron-vite dev` (which
 * sets ELECTRON_RENDERER_URL), otherwise the built index.html on `app://inkstone/`, served
 * from out/renderer by serveAppProtocol (never file://, checklist item 18).
 */
export const rendererUrl = (options: { devServerUrl?: string }): string =>
  options.devServerUrl ? new URL(options.devServerUrl).href : APP_PAGE_URL

/**
 * True when `candidate` is on our page's origin: `app://inkstone` exactly (no credentials, no
 * port), or the dev server's origin. Used to vet IPC senders and navigations.
 */
export const isRendererUrl = (candidate: string, ourUrl: string): boolean => {
  let url: URL
  let ours: URL
  try {
    url = new URL(candidate)
    ours = new URL(ourUrl)
  } catch {
    return false
  }
  if (ours.protocol === `${APP_SCHEME}:`) {
    // URL.origin is "null" for a scheme Node does not know, so scheme and host are compared.
    return (
      url.protocol === ours.protocol &&
      url.host === APP_HOST &&
      url.username === '' &&
      url.password === '' &&
      url.port === ''
    )
  }
  if (ours.protocol === 'http:' || ours.protocol === 'https:') return url.origin === ours.origin
  return false
}
