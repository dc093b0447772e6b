import type { UndoTicket, Undoable } from '../../../shared/annotations'
import type { UndoAction } from '../../../shared/messages'
import type { Repos } from '../db/createRepos'
import type { UndoPayload } from '../db/undoRepo'

// Enough to undo a long session of tidying; older entries are dropped.
const UNDO_DEPTH = 100
// A note typed in bursts is saved every few seconds: saves this close together are one step.
const COALESCE_MS = 2 * 60 * 1000

// Per library (keyed by its repositories), never global: the ticket the running change
// recorded, and how deep we are inside changes that must not be recorded (an import).
const captured = new WeakMap<Repos, { ticket: UndoTicket | null }>()
const muted = new WeakMap<Repos, number>()

/** True inside `withoutUndo`: such changes (an annotation import) leave the history alone. */
export const isUndoMuted = (repos: Repos): boolean => (muted.get(repos) ?? 0) > 0

/**
 * Logs how to reverse an action (inside the action's transaction, after the change) and returns
 * its ticket. The entry keeps a hash of the rows it would touch as the action left them, so a
 * later undo refuses when they changed since. With `coalesce`, a change with the same key and
 * action right after the newest entry extends that entry instead of adding a step.
 */
export function recordUndo(
  repos: Repos,
  now: () => Date,
  action: UndoAction,
  payload: UndoPayload,
  coalesce?: string,
): UndoTicket {
  const at = now()
  const guarded: UndoPayload = payload.page
    ? payload
    : { ...payload, expect: repos.undo.fingerprint(payload) }
  const last = coalesce === undefined ? null : repos.undo.latest()
  let ticket: UndoTicket
  if (
    last &&
    last.payload.coalesce === coalesce &&
    last.action.code === action.code &&
    at.getTime() - Date.parse(last.createdAt) < COALESCE_MS
  ) {
    repos.undo.replace(last.id, { ...last.payload, expect: guarded.expect }, at.toISOString())
    ticket = { id: last.id, action: last.action }
  } else {
    const entry = coalesce === undefined ? guarded : { ...guarded, coalesce }
    ticket = { id: repos.undo.push(action, entry, at.toISOString(), UNDO_DEPTH), action }
  }
  const slot = captured.get(repos)
  if (slot) slot.ticket = ticket
  return ticket
}

/** Runs one change and hands back its value with the undo ticket it recorded (or null). */
export function captureUndo<T>(repos: Repos, run: () => T): Undoable<T> {
  const outer = captured.get(repos)
  const slot = { ticket: null as UndoTicket | null }
  captured.set(repos, slot)
  try {
    const value = run()
    return { value, undo: slot.ticket }
  } finally {
    if (outer) captured.set(repos, outer)
    else captured.delete(repos)
  }
}

/** Runs changes that are not the reader's own steps (an import) without recording them. */
export function withoutUndo<T>(repos: Repos, run: () => T): T {
  muted.set(repos, (muted.get(repos) ?? 0) + 1)
  try {
    return run()
  } finally {
    muted.set(repos, (muted.get(repos) ?? 1) - 1)
  }
}
