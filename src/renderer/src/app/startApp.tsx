import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { loadNoteRenderer } from '../features/notes/loadNoteRenderer'
import { preloadedSettings } from '../features/settings/preloadSettings'
import { initI18n } from '../i18n/i18n'
import { App } from './App'

/** Renders the app into `root`, in the language of the preloaded settings. */
export const startApp = (root: HTMLElement): void => {
  const settings = preloadedSettings()
  initI18n(settings?.ok ? settings.value.language : 'auto')
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
  // Off the first screen's path, and in before anyone opens a note.
  requestIdleCallback(() => void loadNoteRenderer(), { timeout: 1_000 })
}
