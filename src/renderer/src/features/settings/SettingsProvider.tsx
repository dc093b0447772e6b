import type { ReactNode } from 'react'
import { SettingsContext } from './settingsContext'
import { useAppearance } from './useAppearance'
import { useSettingsStore } from './useSettingsStore'

/** Provides settings to the app and applies theme, language and text size to the document. */
export const SettingsProvider = ({ children }: { children: ReactNode }) => {
  const value = useSettingsStore()
  useAppearance(value.settings)
  return <SettingsContext value={value}>{children}</SettingsContext>
}
