import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '../../data/api'
import type { Settings } from '../../../../shared/contract'
import { DEFAULT_SETTINGS } from './settingsContext'
import type { SettingsValue } from './settingsContext'

/** Loads settings once and saves each change; the screen updates before the library answers. */
export const useSettingsStore = (): SettingsValue => {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [isLoaded, setIsLoaded] = useState(false)
  // Counts saves in flight so a slow answer to an older save cannot undo a newer choice.
  const pendingSaves = useRef(0)

  useEffect(() => {
    let isCurrent = true
    void api.settingsGet().then((result) => {
      if (!isCurrent) return
      if (result.ok) setSettings(result.value)
      setIsLoaded(true)
    })
    return () => {
      isCurrent = false
    }
  }, [])

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
