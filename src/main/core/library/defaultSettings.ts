import type { Settings } from '../../../shared/contract'
import { DEFAULT_SETTINGS } from '../../../shared/defaultSettings'

export { DEFAULT_SETTINGS }

const KEYS = new Set(Object.keys(DEFAULT_SETTINGS))

/** True for the names of known preferences (stored keys from elsewhere are ignored). */
export const isSettingKey = (key: string): key is keyof Settings => KEYS.has(key)

/** Stored preferences laid over the defaults. */
export function mergeSettings(stored: Map<string, unknown>): Settings {
  const settings: Record<string, unknown> = structuredClone({ ...DEFAULT_SETTINGS })
  for (const [key, value] of stored) if (isSettingKey(key)) settings[key] = value
  return settings as unknown as Settings
}
