import type { ExportScope } from '../../../../shared/exports'

/** What the Export dialog is opened on: a scope, and its name when the opener knows it. */
export interface ExportTarget {
  scope: ExportScope
  /** The collection's, tag's or story's name, or the search text; shown in the dialog. */
  name?: string
}

/** An export asked for: a known target, or the story open in the reader (resolved by the shell). */
export type ExportAsk = ExportTarget | 'openStory'

type Listener = (ask: ExportAsk) => void
const listeners = new Set<Listener>()

// Exports are asked for from deep in the panes (a collection's row, the reader's menu); a bus
// spares threading a callback through every pane between them and the shell that owns dialogs.

/** Opens the Export dialog on `ask`. */
export const requestExport = (ask: ExportAsk): void => {
  for (const listener of listeners) listener(ask)
}

/** Subscribes to export requests; returns the unsubscribe function. */
export const onExportRequest = (listener: Listener): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
