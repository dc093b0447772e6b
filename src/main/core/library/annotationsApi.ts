import type { UndoTicket } from '../../../shared/annotations'
import type { UndoId } from '../../../shared/ids'
import { collectionsOps } from '../annotations/collectionsOps'
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
    undo: (id?: UndoId): UndoTicket | null => {
      let isPageRestored = false
      const ticket = writeTransaction(db, () => {
        const entry = repos.undo.get(id)
        if (!entry) {
          if (id === undefined) return null
          throw new LibraryError('NOT_FOUND', `nothing to undo with id ${id}`, {
            key: 'undoNotFound',
            params: { id },
          })
        }
        try {
          repos.undo.apply(entry.payload)
        } catch (error) {
          // A name reused since (a new tag called like the deleted one) blocks the restore.
          throw new LibraryError(
            'CONFLICT',
            `cannot undo ${entry.action.code}: ${(error as Error).message}`,
            { key: 'undoConflict' },
          )
        }
        repos.undo.remove(entry.id)
        // A page's stories came back: the search index is stale until rebuilt.
        if (entry.payload.page) isPageRestored = true
        return { id: entry.id, action: entry.action }
      })
      // A page's stories came back from a snapshot: the index is stale until rebuilt.
      if (isPageRestored) context.index.check()
      return ticket
    },
  }
}
