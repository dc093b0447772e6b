import type { Settings } from './contract'
import { START_SESSION } from './session'

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
  readingFont: 'sans',
  lineHeight: 1.8,
  columnWidth: 36,
  paragraphSpacing: 1.1,
  isFirstLineIndented: false,
  session: START_SESSION,
}
