import type { UndoTicket, Undoable } from '../../../shared/annotations'
import type { UndoId } from '../../../shared/ids'
import { collectionsOps } from '../annotations/collectionsOps'
import { captureUndo, withoutUndo } from '../annotations/recordUndo'
import { highlightsOps } from '../annotations/highlightsOps'
import { tagsOps } from '../annotations/tagsOps'
import { LibraryError } from '../errors/LibraryError'
import type { LibraryContext } from './LibraryContext'
import type { AnnotationsApi } from './types'
import { writeTransaction } from '../db/writeTransaction'

/** Tags, highlights, notes, collections, favourites and undo over one library. */
export function annotationsApi(context: LibraryContext): AnnotationsApi {
  const { repos, db } = context
  const { ensureTags, ...tags } = tagsOps(context)
  return {
    ...tags,
    ...highlightsOps(context, ensureTags),
    ...collectionsOps(context),
    undoable: <T>(run: () => T): Undoable<T> => captureUndo(repos, run),
    withoutUndo: <T>(run: () => T): T => withoutUndo(repos, run),
    undo: (id?: UndoId): UndoTicket | null => {
      let touchesStories = false
      let refused = null as LibraryError | null
      const ticket = writeTransaction(db, () => {
        const entry = repos.undo.get()
        if (!entry) {
          if (id === undefined) return null
          throw new LibraryError('NOT_FOUND', `nothing to undo with id ${id}`, {
            key: 'undoNotFound',
            params: { id },
          })
        }
        // One history, undone in order: never an older step while a newer one is waiting.
        if (id !== undefined && id !== entry.id) {
          throw repos.undo.get(id)
            ? new LibraryError('CONFLICT', `undo ${id} is not the newest step`, {
                key: 'undoNotLatest',
                params: { id },
              })
            : new LibraryError('NOT_FOUND', `nothing to undo with id ${id}`, {
                key: 'undoNotFound',
                params: { id },
              })
        }
        try {
          // Nested: a savepoint, so a refused step rolls back alone and can leave the log.
          writeTransaction(db, () => repos.undo.apply(entry.payload))
        } catch (error) {
          // Changed since (or a name reused since): the step cannot come back without losing
          // later work, so it leaves the history rather than block every older step for good.
          repos.undo.remove(entry.id)
          refused = new LibraryError(
            'CONFLICT',
            `cannot undo ${entry.action.code}: ${(error as Error).message}`,
            { key: 'undoConflict' },
          )
          return null
        }
        repos.undo.remove(entry.id)
        touchesStories =
          entry.payload.page !== undefined ||
          [...entry.payload.restore, ...entry.payload.remove].some((t) => t.table === 'stories')
        return { id: entry.id, action: entry.action }
      })
      if (refused) throw refused
      // Stories came back from a snapshot: the search index catches up with them.
      if (touchesStories) context.index.check()
      return ticket
    },
  }
}
