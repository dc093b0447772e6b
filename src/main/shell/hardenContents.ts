import type { WebContents } from 'electron'
import { parseExternalUrl } from '../handlers/externalUrl'
import { isRendererUrl } from './rendererUrl'

/**
 * Keeps a web contents on our page: navigations elsewhere, new windows and webviews are
 * refused; a new-window request for an http(s) link opens it in the system browser instead.
 */
export const hardenContents = (
  contents: WebContents,
  pageUrl: string,
  openExternal: (url: string) => Promise<void>,
): void => {
  const stayOnPage = (event: { preventDefault: () => void; url: string }) => {
    if (!isRendererUrl(event.url, pageUrl)) event.preventDefault()
  }
  contents.on('will-navigate', stayOnPage)
  contents.on('will-redirect', stayOnPage)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const external = parseExternalUrl(url)
    if (external) {
      openExternal(external.href).catch((error: unknown) =>
        console.error('[inkstone] open link failed:', error),
      )
    }
    return { action: 'deny' }
  })
}
