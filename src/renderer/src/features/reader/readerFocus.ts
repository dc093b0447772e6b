import type { StoryId } from '../../../../shared/ids'

// Whether the last thing the reader did was a key press: a story opened by Enter takes the keys
// (Space, PageDown scroll it), one opened by a click leaves focus where the click put it.
let lastInput: 'keyboard' | 'pointer' = 'pointer'
if (typeof document !== 'undefined') {
  document.addEventListener('keydown', () => (lastInput = 'keyboard'), true)
  document.addEventListener('pointerdown', () => (lastInput = 'pointer'), true)
}

let pendingId: StoryId | null = null
const listeners = new Set<() => void>()

/** Asks the reader to take keyboard focus once it shows story `id` (it may still be loading). */
export const requestReaderFocus = (id: StoryId): void => {
  pendingId = id
  for (const listener of listeners) listener()
}

/** As requestReaderFocus, but only when the story was opened from the keyboard. */
export const requestReaderFocusFromKeyboard = (id: StoryId): void => {
  if (lastInput === 'keyboard') requestReaderFocus(id)
}

/** True (once) when focus was asked for story `id`. */
export const takeReaderFocus = (id: StoryId): boolean => {
  if (pendingId !== id) return false
  pendingId = null
  return true
}

/** Calls `listener` on each request; returns the unsubscribe function. */
export const onReaderFocusRequest = (listener: () => void): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
