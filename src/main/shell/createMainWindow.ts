import { BrowserWindow, screen } from 'electron'
import type { Library } from '../core/library/types'
import { createWindowOptions } from './createWindowOptions'
import { restorableBounds, toSavedBounds } from './windowBounds'

// Resizing fires dozens of events a second; the bounds are written once it settles.
const SAVE_DELAY_MS = 500

const rememberBounds = (window: BrowserWindow, library: Library): void => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const save = () => {
    clearTimeout(timer)
    timer = undefined
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return
    try {
      library.updateSettings({ windowBounds: toSavedBounds(window.getNormalBounds()) })
    } catch (error) {
      console.error('[inkstone] could not save the window size:', error)
    }
  }
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(save, SAVE_DELAY_MS)
  }
  window.on('resize', schedule)
  window.on('move', schedule)
  // The last move may still be pending when the window closes; write it before the library does.
  window.on('close', () => {
    if (timer !== undefined) save()
  })
}

/** Opens the reader window at its remembered size and loads our page into it. */
export const createMainWindow = (options: {
  library: Library
  preloadPath: string
  pageUrl: string
}): BrowserWindow => {
  const { library, preloadPath, pageUrl } = options
  const areas = screen.getAllDisplays().map((display) => display.workArea)
  const settings = library.getSettings()
  const bounds = restorableBounds(settings.windowBounds, areas)
  // Electronegativity reads only an object literal here: it cannot see that createWindowOptions
  // sets contextIsolation and sandbox (tests/shell/windowOptions.test.ts), nor that the new
  // window a middle click (auxclick) asks for is refused by hardenContents (hardening.test.ts).
  const windowOptions = createWindowOptions(bounds, preloadPath, settings.theme)
  const window = new BrowserWindow(windowOptions) // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  window.once('ready-to-show', () => window.show())
  rememberBounds(window, library)
  window
    .loadURL(pageUrl)
    .catch((error: unknown) => console.error('[inkstone] could not load the page:', error))
  return window
}
