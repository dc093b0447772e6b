import { useContext } from 'react'
import { SettingsContext } from './settingsContext'
import type { SettingsValue } from './settingsContext'

/** The interface preferences and a function to change some of them (saved in the library). */
export const useSettings = (): SettingsValue => useContext(SettingsContext)
