import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '../../data/api'
import type { Result, Settings } from '../../../../shared/contract'
import { DEFAULT_SETTINGS } from './settingsContext'
import type { SettingsValue } from './settingsContext'
import { loadSettings, preloadedSettings } from './preloadSettings'

const settingsOf = (result: Result<Settings> | undefined): Settings =>
  result?.ok ? result.value : DEFAULT_SETTINGS

/** Loads settings once and saves each change; the screen updates before the library answers. */
export const useSettingsStore = (): SettingsValue => {
  // Preloaded as the script started, they are usually in before the first render.
  const [atMount] = useState(preloadedSettings)
  const [settings, setSettings] = useState<Settings>(() => settingsOf(atMount))
  const [isLoaded, setIsLoaded] = useState(atMount !== undefined)
  // Counts saves in flight so a slow answer to an older save cannot undo a newer choice.
  const pendingSaves = useRef(0)

  useEffect(() => {
    if (atMount !== undefined) return
    let isCurrent = true
    void loadSettings().then((result) => {
      if (!isCurrent) return
      if (result.ok) setSettings(result.value)
      setIsLoaded(true)
    })
    return () => {
      isCurrent = false
    }
  }, [atMount])

  const update = useCallback((patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }))
    pendingSaves.current += 1
    void api.settingsUpdate(patch).then((result) => {
      pendingSaves.current -= 1
      if (result.ok && pendingSaves.current === 0) setSettings(result.value)
    })
  }, [])

  return { settings, isLoaded, update }
}
