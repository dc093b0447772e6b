import type { WebContents } from 'electron'
import { ChannelError } from '../handlers/ChannelError'
import { parseExternalUrl } from '../handlers/externalUrl'

/** How long a click or key press counts as the reader's go-ahead (Chromium's transient activation). */
export const USER_ACTIVATION_MS = 5000

// The inputs Chromium itself counts as a user activation: a press of a key, button or finger.
const ACTIVATING_INPUTS = new Set([
  'mouseDown',
  'mouseUp',
  'rawKeyDown',
  'keyDown',
  'touchEnd',
  'gestureTap',
  'pointerDown',
  'pointerUp',
])

type ActivationSource = Pick<WebContents, 'on' | 'isFocused'>

/**
 * Watches the page's input events (they come from the OS, not from the page's scripts) and
 * returns a check: true while the window is focused and was clicked or typed in within
 * USER_ACTIVATION_MS. A script the page runs on its own cannot make it true.
 */
export const trackUserActivation = (
  contents: ActivationSource,
  now: () => number = Date.now,
): (() => boolean) => {
  let lastInput = Number.NEGATIVE_INFINITY
  contents.on('input-event', (_event, input) => {
    if (ACTIVATING_INPUTS.has(input.type)) lastInput = now()
  })
  return () => contents.isFocused() && now() - lastInput <= USER_ACTIVATION_MS
}

/**
 * Wraps shell.openExternal so it opens only a parsed http(s) URL and only just after the
 * reader clicked or pressed a key in the window; anything else is a FORBIDDEN error.
 */
export const guardOpenExternal =
  (open: (url: string) => Promise<void>, hasUserActivation: () => boolean) =>
  async (raw: string): Promise<void> => {
    const url = parseExternalUrl(raw)
    if (!url) throw new ChannelError('FORBIDDEN', 'only http and https links open outside the app')
    if (!hasUserActivation()) {
      throw new ChannelError('FORBIDDEN', 'a link opens outside the app only from a click or key')
    }
    await open(url.href)
  }
