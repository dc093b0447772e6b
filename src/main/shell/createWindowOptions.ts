import type { BrowserWindowConstructorOptions } from 'electron'
import type { Settings } from '../../shared/contract'

/** The size the window opens at when no bounds were saved. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 }

/** Below this the three panes no longer fit. */
export const MIN_WINDOW_SIZE = { width: 720, height: 480 }

// The window's colour before the page paints: each theme's app background (--bg-app in
// tokens.css), so a dark reader's window never opens light.
const BACKGROUNDS: Record<Settings['theme'], string> = {
  light: '#f6f6f3',
  sepia: '#efe5cf',
  dark: '#141517',
}

/**
 * The main window's options: the saved bounds (or defaults), the theme's background, and
 * Electron's secure defaults spelled out, so a template or an upgrade cannot quietly loosen them.
 */
export const createWindowOptions = (
  bounds: Settings['windowBounds'],
  preloadPath: string,
  theme: Settings['theme'] = 'light',
): BrowserWindowConstructorOptions => ({
  width: Math.max(bounds?.width ?? DEFAULT_WINDOW_SIZE.width, MIN_WINDOW_SIZE.width),
  height: Math.max(bounds?.height ?? DEFAULT_WINDOW_SIZE.height, MIN_WINDOW_SIZE.height),
  ...(bounds?.x !== undefined && bounds?.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
  minWidth: MIN_WINDOW_SIZE.width,
  minHeight: MIN_WINDOW_SIZE.height,
  title: 'Inkstone',
  // Shown once the first paint is ready, so the window never flashes white.
  show: false,
  backgroundColor: BACKGROUNDS[theme] ?? BACKGROUNDS.light,
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
