import { createContext } from 'react'
import type { Settings } from '../../../../shared/contract'

/** Preferences as the interface uses them before the library has answered. */
export const DEFAULT_SETTINGS: Settings = {
  theme: 'light',
  language: 'auto',
  fontSize: 18,
  paneWidths: [232, 360],
  collapsedPanes: { library: false, list: false },
  windowBounds: null,
}

/** The range the reader's text size may take, in CSS pixels. */
export const FONT_SIZE_RANGE = { min: 14, max: 28, step: 1 } as const

/** What useSettings hands out. */
export interface SettingsValue {
  settings: Settings
  /** True once the library's stored settings have arrived. */
  isLoaded: boolean
  update: (patch: Partial<Settings>) => void
}

/** Settings are read by many features (theme, language, layout, reader), so they live in context. */
export const SettingsContext = createContext<SettingsValue>({
  settings: DEFAULT_SETTINGS,
  isLoaded: false,
  update: () => {},
})
