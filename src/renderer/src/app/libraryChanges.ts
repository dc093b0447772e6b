import { api } from './api'

type ChangeListener = () => void

const localListeners = new Set<ChangeListener>()

/**
 * Tells every data hook that the renderer itself changed something (a story marked read),
 * so lists refresh even when main does not broadcast that kind of change.
 */
export const announceLibraryChange = (): void => {
  for (const listener of localListeners) listener()
}

/** Calls `listener` after main's 'library:changed' event or a local change; returns an unsubscribe. */
export const subscribeLibraryChanges = (listener: ChangeListener): (() => void) => {
  // Changes arrive in bursts (an import fires per file, a local change may be echoed by main):
  // coalesce them so a 10,000-story list is fetched once per burst.
  let timer: ReturnType<typeof setTimeout> | undefined
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(listener, 60)
  }
  localListeners.add(schedule)
  const unsubscribe = api.onLibraryChanged(schedule)
  return () => {
    clearTimeout(timer)
    localListeners.delete(schedule)
    unsubscribe()
  }
}
