import type { Settings } from './contract'

/** Preferences before the reader changes any (the library's defaults and the page's first paint). */
export const DEFAULT_SETTINGS: Readonly<Settings> = {
  theme: 'light',
  language: 'auto',
  fontSize: 18,
  paneWidths: [240, 360],
  collapsedPanes: { library: false, list: false },
  windowBounds: null,
  highlightColorNames: { yellow: '', green: '', blue: '', pink: '', purple: '' },
  highlightPanelWidth: 0,
}
