import type { SourceId } from '../../../shared/ids'
import type { UndoAction } from '../../../shared/messages'
import type { StoreContext } from '../db/StoreContext'
import { keyOf, type UndoPayload, type UndoTable } from '../db/undoRepo'
import { isUndoMuted, recordUndo } from './recordUndo'

/** Rows a change may touch: `where` is a fixed SQL condition with ? parameters. */
export interface UndoScope {
  table: UndoTable
  where: string
  params?: unknown[]
}

/** Scope helpers: one row or a set of rows by a column. */
export const rowsWhere = (table: UndoTable, where: string, ...params: unknown[]): UndoScope => ({
  table,
  where,
  params,
})

// Rows compared as JSON: SELECT * always lists the columns in the table's order.
const byKey = (table: UndoTable, rows: Array<Record<string, unknown>>) =>
  new Map(rows.map((row) => [JSON.stringify(keyOf(table, row)), JSON.stringify(row)]))

/**
 * Runs `change` (inside the caller's write transaction) and records it as one undo step: the
 * rows of `scopes` (listed parents first) it changed or removed are put back, the rows it added
 * are taken away. A change that altered nothing records nothing. Inside `withoutUndo` it only
 * runs the change.
 */
export function trackUndo<T>(
  { repos, now }: StoreContext,
  scopes: UndoScope[],
  describe: (value: T) => UndoAction,
  change: () => T,
  coalesce?: string,
): T {
  if (isUndoMuted(repos)) return change()
  const read = (scope: UndoScope) =>
    repos.undo.snapshot(scope.table, scope.where, ...(scope.params ?? []))
  const before = scopes.map(read)
  const value = change()
  const payload: UndoPayload = { restore: [], remove: [] }
  scopes.forEach((scope, index) => {
    const after = byKey(scope.table, read(scope))
    const had = byKey(scope.table, before[index])
    const changed = before[index].filter(
      (row) => after.get(JSON.stringify(keyOf(scope.table, row))) !== JSON.stringify(row),
    )
    const added = [...after.keys()].filter((key) => !had.has(key)).map((key) => JSON.parse(key))
    if (changed.length > 0) payload.restore.push({ table: scope.table, rows: changed })
    // Children are taken away before their parents.
    if (added.length > 0) payload.remove.unshift({ table: scope.table, keys: added })
  })
  if (payload.restore.length > 0 || payload.remove.length > 0) {
    recordUndo(repos, now, describe(value), payload, coalesce)
  }
  return value
}

/**
 * Runs a change to how a page is split (split, merge) and records it as one undo step that
 * gives the whole page back as it was: its stories with their highlights, notes, tags,
 * collection places and read state, and its corrections without the one the change added. The
 * undo is refused when the page changed since in any other way.
 */
export function trackPageUndo<T>(
  context: StoreContext,
  sourceId: SourceId,
  describe: (value: T) => UndoAction,
  change: () => T,
): T {
  const { repos, now } = context
  if (isUndoMuted(repos)) return change()
  // The page's own row (its whole text) never changes here: it stays out of the log.
  const restore = repos.pages.rows(sourceId).filter(({ table }) => table !== 'sources')
  const corrections = rowsWhere('corrections', 'source_id = ?', sourceId)
  const had = byKey('corrections', repos.undo.snapshot('corrections', corrections.where, sourceId))
  const value = change()
  const added = repos.undo
    .snapshot('corrections', corrections.where, sourceId)
    .map((row) => keyOf('corrections', row))
    .filter((key) => !had.has(JSON.stringify(key)))
  recordUndo(repos, now, describe(value), {
    restore,
    remove: [{ table: 'corrections', keys: added }],
    page: { sourceId, fingerprint: repos.pages.fingerprint(sourceId) },
  })
  return value
}
