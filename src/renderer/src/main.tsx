// The first screen's requests first of all (see firstScreenRequests).
import { firstScreenRequests } from './app/firstScreenRequests'
// Base styles first, so every component's own stylesheet comes after them in the cascade.
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './ui/controls.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { loadNoteRenderer } from './features/notes/loadNoteRenderer'
import { preloadedSettings } from './features/settings/preloadSettings'
import { initI18n } from './i18n/i18n'

// The library answers in a few milliseconds, so the shell waits for the first screen's data
// and renders once with it; a library slower than this gets the shell and its loading states.
const FIRST_SCREEN_WAIT_MS = 250

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const render = () => {
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

void Promise.race([
  firstScreenRequests,
  new Promise((wait) => setTimeout(wait, FIRST_SCREEN_WAIT_MS)),
]).then(render)
