import type { BrowserWindowConstructorOptions } from 'electron'
import type { Settings } from '../../shared/contract'

/** The size the window opens at when no bounds were saved. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 }

/** Below this the three panes no longer fit. */
export const MIN_WINDOW_SIZE = { width: 720, height: 480 }

/**
 * The main window's options: the saved bounds (or defaults) and Electron's secure defaults
 * spelled out, so a template or an upgrade cannot quietly loosen them.
 */
export const createWindowOptions = (
  bounds: Settings['windowBounds'],
  preloadPath: string,
): BrowserWindowConstructorOptions => ({
  width: Math.max(bounds?.width ?? DEFAULT_WINDOW_SIZE.width, MIN_WINDOW_SIZE.width),
  height: Math.max(bounds?.height ?? DEFAULT_WINDOW_SIZE.height, MIN_WINDOW_SIZE.height),
  ...(bounds?.x !== undefined && bounds?.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
  minWidth: MIN_WINDOW_SIZE.width,
  minHeight: MIN_WINDOW_SIZE.height,
  title: 'Inkstone',
  // Shown once the first paint is ready, so the window never flashes white.
  show: false,
  backgroundColor: '#f7f5f0',
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  },
})
