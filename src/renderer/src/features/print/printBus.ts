type Listener = (how: 'print' | 'save-pdf') => void
const listeners = new Set<Listener>()

// The reader's menu asks for a print; the shell, which knows the open story, makes it.

/** Prints the open story, or (desktop) saves it as a PDF. */
export const requestPrint = (how: 'print' | 'save-pdf'): void => {
  for (const listener of listeners) listener(how)
}

/** Subscribes to print requests; returns the unsubscribe function. */
export const onPrintRequest = (listener: Listener): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
