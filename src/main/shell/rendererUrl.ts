import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Where the window loads the page from: Vite's dev server under `electron-vite dev` (which
 * sets ELECTRON_RENDERER_URL), otherwise the built index.html in out/renderer.
 */
export const rendererUrl = (options: { devServerUrl?: string; rendererDir: string }): string =>
  options.devServerUrl
    ? new URL(options.devServerUrl).href
    : pathToFileURL(join(options.rendererDir, 'index.html')).href

/**
 * True when `candidate` is our page: the same index.html file (any query or hash), or any
 * address on the dev server's origin. Used to vet IPC senders and navigations.
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
  if (ours.protocol === 'file:') return url.protocol === 'file:' && url.pathname === ours.pathname
  if (ours.protocol === 'http:' || ours.protocol === 'https:') return url.origin === ours.origin
  return false
}
