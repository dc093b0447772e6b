import type { Settings } from '../../../shared/contract'

/** Preferences before the reader changes any. */
export const DEFAULT_SETTINGS: Readonly<Settings> = {
  theme: 'light',
  language: 'auto',
  fontSize: 18,
  paneWidths: [240, 360],
  collapsedPanes: { library: false, list: false },
  windowBounds: null,
}

const KEYS = new Set(Object.keys(DEFAULT_SETTINGS))

/** True for the names of known preferences (stored keys from elsewhere are ignored). */
export const isSettingKey = (key: string): key is keyof Settings => KEYS.has(key)

/** Stored preferences laid over the defaults. */
export function mergeSettings(stored: Map<string, unknown>): Settings {
  const settings: Record<string, unknown> = structuredClone({ ...DEFAULT_SETTINGS })
  for (const [key, value] of stored) if (isSettingKey(key)) settings[key] = value
  return settings as unknown as Settings
}
