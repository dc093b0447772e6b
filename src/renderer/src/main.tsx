// Base styles first, so every component's own stylesheet comes after them in the cascade.
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './ui/controls.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { initI18n } from './i18n/i18n'

initI18n()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
