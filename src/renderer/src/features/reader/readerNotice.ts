type Listener = (text: string) => void
const listeners = new Set<Listener>()

/** Says something about the reader's last action (a split) where the reader is looking. */
export const showReaderNotice = (text: string): void => {
  for (const listener of listeners) listener(text)
}

/** Subscribes to reader notices; returns the unsubscribe function. */
export const onReaderNotice = (listener: Listener): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
