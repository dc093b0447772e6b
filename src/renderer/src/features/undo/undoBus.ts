import type { UndoTicket } from '../../../../shared/annotations'

type Listener = (ticket: UndoTicket) => void
const listeners = new Set<Listener>()

/** Offers "Undo" for a change that just happened (the toast listens; any feature may call this). */
export const announceUndoable = (ticket: UndoTicket): void => {
  for (const listener of listeners) listener(ticket)
}

/** Subscribes to undoable actions; returns the unsubscribe function. */
export const onUndoable = (listener: Listener): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
