import { createContext } from 'react'
import type { Settings } from '../../../../shared/contract'
import { DEFAULT_SETTINGS } from '../../../../shared/defaultSettings'

/** Preferences as the interface uses them before the library has answered. */
export { DEFAULT_SETTINGS }

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
