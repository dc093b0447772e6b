import type { Failure, Result } from '../../../../shared/contract'
import type { UndoTicket, Undoable } from '../../../../shared/annotations'
import { announceUndoable } from './undoBus'

/** The last failure of an action, for the toast to show: words already said, or a failure. */
export type ActionFailure = (failure: string | Failure) => void
let reportFailure: ActionFailure = () => {}

/** Shows a failure that happened before any call (a file that could not be read). */
export const reportActionFailure = (message: string): void => reportFailure(message)

/** Lets the toast show failed actions. */
export const onActionFailure = (listener: ActionFailure): void => {
  reportFailure = listener
}

/**
 * Runs one change through the api; a failure is shown rather than swallowed. Lists refresh
 * from main's change event, which names what changed. Resolves to the value, or null on failure.
 */
export const runAction = async <T>(call: Promise<Result<T>>): Promise<T | null> => {
  const result = await call
  if (!result.ok) {
    reportFailure(result.error)
    return null
  }
  return result.value
}

/** Runs an undoable change that answers its ticket (delete, rename, merge) and offers Undo. */
export const runUndoable = async (
  call: Promise<Result<UndoTicket | null>>,
): Promise<UndoTicket | null> => {
  const ticket = await runAction(call)
  if (ticket) announceUndoable(ticket)
  return ticket
}

/**
 * Runs an undoable change that answers a value with its ticket (a new highlight, a split):
 * offers Undo and resolves to the value, or undefined when the change failed.
 */
export const runUndoableValue = async <T>(
  call: Promise<Result<Undoable<T>>>,
): Promise<T | undefined> => {
  const result = await call
  if (!result.ok) {
    reportFailure(result.error)
    return undefined
  }
  if (result.value.undo) announceUndoable(result.value.undo)
  return result.value.value
}
