// The first screen's requests first of all (see firstScreenRequests).
import { firstScreenRequests } from './app/firstScreenRequests'
import { firstScreenShown } from './app/preloadFirstScreen'
import { whenIdle } from './data/whenIdle'
// Base styles first, so every component's own stylesheet comes after them in the cascade.
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './ui/controls.css'

// The app itself (React DOM, i18next, the features) is a chunk of its own, fetched and parsed
// while the first screen's requests are out: in one script with them, a cold start parsed all
// of it before they could leave (~150-450 ms at 10,000 stories, while the library sat idle).
const app = import('./app/startApp')

// The library answers in a few milliseconds, so the shell waits for the first screen's data
// and renders once with it; a library slower than this gets the shell and its loading states.
const FIRST_SCREEN_WAIT_MS = 250
// What the library pane lists waits at most for that idle moment on a busy machine.
const FIRST_SCREEN_SHOWN_MS = 1_000

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

void app.then(({ startApp }) =>
  Promise.race([
    firstScreenRequests,
    new Promise((wait) => setTimeout(wait, FIRST_SCREEN_WAIT_MS)),
  ]).then(() => {
    startApp(root)
    // React renders the first screen in one task, then the browser paints it: the first idle
    // moment comes after both.
    whenIdle(firstScreenShown, FIRST_SCREEN_SHOWN_MS)
  }),
)
