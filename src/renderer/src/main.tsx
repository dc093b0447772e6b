// The first screen's requests first of all (see firstScreenRequests).
import { firstScreenRequests } from './app/firstScreenRequests'
import { firstScreenShown } from './app/preloadFirstScreen'
import { whenIdle } from './data/whenIdle'
import { afterPaint } from './ui/afterPaint'
import { applyThemeHint } from './features/settings/applyAppearance'
// Base styles first, so every component's own stylesheet comes after them in the cascade.
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './ui/controls.css'
// After them: it brings the story list's stylesheets into this script's (the first paint's rows).
import { paintFirstScreen } from './app/firstPaint/firstPaint'

// The library answers in a few milliseconds, so the shell waits for the first screen's data
// and renders once with it; a library slower than this gets the shell and its loading states.
const FIRST_SCREEN_WAIT_MS = 250
// What the library pane lists waits at most for that idle moment on a busy machine.
const FIRST_SCREEN_SHOWN_MS = 1_000

// The reader's last theme at once: the settings that say it answer a few frames later.
applyThemeHint()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The first screen's rows are drawn as soon as they have answered (see firstPaint.ts), unless
// the app has started; its first render replaces them.
let isStarted = false
const isPainted = firstScreenRequests
  .then(() => !isStarted && paintFirstScreen(root))
  .catch((error: unknown) => {
    // Only a head start is lost: the app renders the rows itself.
    console.error('[inkstone] the first paint failed:', error)
    return false
  })

// The app itself (React DOM, i18next, the features: ~500 kB) is a chunk of its own, fetched once
// the first screen's requests have answered (and their rows are drawn) or have waited
// FIRST_SCREEN_WAIT_MS. Fetched with the page (preloaded) and compiled meanwhile, it took the
// processor the answers and the first paint were waiting for: on two cores the first rows came
// ~80 ms later, and its app was live no sooner. After a first paint it waits for that frame.
const firstScreenOrTimeout = Promise.race([
  isPainted,
  new Promise<boolean>((wait) => setTimeout(() => wait(false), FIRST_SCREEN_WAIT_MS)),
])
void firstScreenOrTimeout
  .then((hasPainted) => (hasPainted ? new Promise<void>((done) => afterPaint(done)) : undefined))
  .then(() => import('./app/startApp'))
  .then(({ startApp }) => {
    isStarted = true
    startApp(root)
    // React renders the first screen in one task, then the browser paints it: the first idle
    // moment comes after both.
    whenIdle(firstScreenShown, FIRST_SCREEN_SHOWN_MS)
  })
