import type { Failure, Result } from '../../../../shared/contract'
import type { UndoTicket } from '../../../../shared/annotations'
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

/** Runs an undoable change (delete, rename, merge) and offers Undo for it. */
export const runUndoable = async (
  call: Promise<Result<UndoTicket>>,
): Promise<UndoTicket | null> => {
  const ticket = await runAction(call)
  if (ticket) announceUndoable(ticket)
  return ticket
}
