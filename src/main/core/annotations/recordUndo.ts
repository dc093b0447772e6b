import type { UndoTicket } from '../../../shared/annotations'
import type { UndoAction } from '../../../shared/messages'
import type { Repos } from '../db/createRepos'
import type { UndoPayload } from '../db/undoRepo'

// Enough to undo a long session of tidying; older entries are dropped.
const UNDO_DEPTH = 100

/** Logs how to reverse an action (inside the action's transaction) and returns its ticket. */
export function recordUndo(
  repos: Repos,
  now: () => Date,
  action: UndoAction,
  payload: UndoPayload,
): UndoTicket {
  const id = repos.undo.push(action, payload, now().toISOString(), UNDO_DEPTH)
  return { id, action }
}
