import { createHash } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { asSourceId, asUndoId, type UndoId } from '../../../shared/ids'
import { UNDO_ACTIONS, type UndoAction } from '../../../shared/messages'
import { pageRowsRepo } from './pageRowsRepo'

/** Rows an undo puts back and rows it takes away, by table. */
export interface UndoPayload {
  restore: Array<{ table: UndoTable; rows: Array<Record<string, unknown>> }>
  remove: Array<{ table: UndoTable; keys: Array<Record<string, unknown>> }>
  /**
   * A page whose stories the undo takes away (with their highlights and notes) before it
   * restores the page's rows; `fingerprint` is the page as the action left it, and the undo is
   * refused when the page changed since, so it never throws away later work.
   */
  page?: { sourceId: number; fingerprint: string }
  /**
   * A hash of the rows the undo would touch, as the action left them (see `fingerprint`): the
   * undo is refused when any of them changed since, so it never silently overwrites later work.
   */
  expect?: string
  /** Repeated changes with the same key soon after one another (a note typed) form one step. */
  coalesce?: string
}

// Each undoable table with its primary key: restores upsert on it, removals match it.
const KEYS = {
  sources: ['id'],
  page_names: ['source_id'],
  stories: ['id'],
  reading_state: ['story_id'],
  story_notes: ['story_id'],
  corrections: ['id'],
  tags: ['id'],
  story_tags: ['story_id', 'tag_id'],
  highlights: ['id'],
  highlight_tags: ['highlight_id', 'tag_id'],
  collections: ['id'],
  collection_items: ['collection_id', 'story_id'],
} as const
/** Tables an undo may touch. */
export type UndoTable = keyof typeof KEYS

/** The primary key of `row` in `table`. */
export const keyOf = (table: UndoTable, row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(KEYS[table].map((column) => [column, row[column]]))

const whereKey = (table: UndoTable): string =>
  KEYS[table].map((column) => `${column} = @${column}`).join(' AND ')

/**
 * The action a stored label names: the label column holds the action as JSON; rows written
 * before actions were codes hold plain English, kept as a `legacy` action.
 */
export function parseUndoLabel(label: string): UndoAction {
  if (label.startsWith('{')) {
    try {
      const parsed = JSON.parse(label) as Partial<UndoAction>
      if ((UNDO_ACTIONS as readonly string[]).includes(parsed.code ?? '')) {
        return parsed as UndoAction
      }
    } catch {
      // Not JSON after all: an old plain-text label that starts with a brace.
    }
  }
  return { code: 'legacy', params: { label } }
}

/** SQL for the undo log and for snapshotting and restoring rows. */
export function undoRepo(db: Database) {
  const pages = pageRowsRepo(db)
  const insert = db.prepare<[string, string, string]>(
    'INSERT INTO undo_log (label, payload, created_at) VALUES (?, ?, ?)',
  )
  const byId = db.prepare<[number], { id: number; label: string; payload: string }>(
    'SELECT id, label, payload FROM undo_log WHERE id = ?',
  )
  const latest = db.prepare<[], { id: number; label: string; payload: string; created_at: string }>(
    'SELECT id, label, payload, created_at FROM undo_log ORDER BY id DESC LIMIT 1',
  )
  const setPayload = db.prepare<[string, string, number]>(
    'UPDATE undo_log SET payload = ?, created_at = ? WHERE id = ?',
  )
  const remove = db.prepare<[number]>('DELETE FROM undo_log WHERE id = ?')
  const trim = db.prepare<[number]>(
    'DELETE FROM undo_log WHERE id NOT IN (SELECT id FROM undo_log ORDER BY id DESC LIMIT ?)',
  )

  // An UPDATE of a row that is there, else an INSERT; never an upsert, whose ON CONFLICT
  // would override the OR IGNORE of the triggers it fires (the search queue's).
  const restoreRow = (table: UndoTable, row: Record<string, unknown>): void => {
    const columns = Object.keys(row)
    const keys: readonly string[] = KEYS[table]
    const key = keyOf(table, row)
    const isThere = db.prepare(`SELECT 1 FROM ${table} WHERE ${whereKey(table)}`).get(key)
    const updates = columns.filter((c) => !keys.includes(c)).map((c) => `${c} = @${c}`)
    if (isThere && updates.length === 0) return
    db.prepare(
      isThere
        ? `UPDATE ${table} SET ${updates.join(', ')} WHERE ${whereKey(table)}`
        : `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    ).run(row)
  }

  // Read state moves whenever a story is opened: it never blocks an undo.
  const fingerprint = (payload: UndoPayload): string => {
    const hash = createHash('sha256')
    const touched = [
      ...payload.restore.map(({ table, rows }) => ({
        table,
        keys: rows.map((row) => keyOf(table, row)),
      })),
      ...payload.remove,
    ]
    for (const { table, keys } of touched) {
      if (table === 'reading_state') continue
      const select = db.prepare(`SELECT * FROM ${table} WHERE ${whereKey(table)}`)
      for (const key of keys) {
        hash.update(
          `${table}\n${JSON.stringify(key)}\n${JSON.stringify(select.get(key) ?? null)}\n`,
        )
      }
    }
    return hash.digest('hex')
  }

  return {
    fingerprint,
    /** Every row of `table` matching `where` (a fixed SQL condition with ? parameters). */
    snapshot: (
      table: UndoTable,
      where: string,
      ...params: unknown[]
    ): Array<Record<string, unknown>> =>
      db.prepare(`SELECT * FROM ${table} WHERE ${where}`).all(...params) as Array<
        Record<string, unknown>
      >,
    push: (action: UndoAction, payload: UndoPayload, createdAt: string, keep: number): UndoId => {
      const label = JSON.stringify(action)
      const id = asUndoId(
        Number(insert.run(label, JSON.stringify(payload), createdAt).lastInsertRowid),
      )
      trim.run(keep)
      return id
    },
    /** The newest entry with when it was written (for coalescing), or null. */
    latest: (): {
      id: UndoId
      action: UndoAction
      payload: UndoPayload
      createdAt: string
    } | null => {
      const row = latest.get()
      return row
        ? {
            id: asUndoId(row.id),
            action: parseUndoLabel(row.label),
            payload: JSON.parse(row.payload),
            createdAt: row.created_at,
          }
        : null
    },
    /** Rewrites an entry's payload (a coalesced step keeps its first snapshot, new guard). */
    replace: (id: UndoId, payload: UndoPayload, createdAt: string): void => {
      setPayload.run(JSON.stringify(payload), createdAt, id)
    },
    get: (id?: UndoId): { id: UndoId; action: UndoAction; payload: UndoPayload } | null => {
      const row = id === undefined ? latest.get() : byId.get(id)
      return row
        ? {
            id: asUndoId(row.id),
            action: parseUndoLabel(row.label),
            payload: JSON.parse(row.payload),
          }
        : null
    },
    /** Applies a payload: the page's stories, then removals, then restores (parents first). */
    apply: (payload: UndoPayload): void => {
      if (payload.expect !== undefined && fingerprint(payload) !== payload.expect) {
        throw new Error('what the undo would restore has changed since; undoing would lose that')
      }
      if (payload.page) {
        const id = asSourceId(payload.page.sourceId)
        if (pages.fingerprint(id) !== payload.page.fingerprint) {
          throw new Error('the page has changed since; undoing would lose that')
        }
        pages.clearStories(id)
      }
      for (const { table, keys } of payload.remove) {
        const drop = db.prepare(`DELETE FROM ${table} WHERE ${whereKey(table)}`)
        for (const key of keys) drop.run(key)
      }
      for (const { table, rows } of payload.restore) for (const row of rows) restoreRow(table, row)
    },
    remove: (id: UndoId): void => {
      remove.run(id)
    },
  }
}

/** The undo repository's shape. */
export type UndoRepo = ReturnType<typeof undoRepo>
