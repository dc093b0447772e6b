import type { UndoTicket } from '../../../shared/annotations'
import type { ErrorCode } from '../../../shared/contract'
import type { SourceId } from '../../../shared/ids'
import type { SkipReason } from '../../../shared/messages'
import { found } from '../annotations/requireExists'
import { recordUndo } from '../annotations/recordUndo'
import { formatOfPath, unsupportedReason } from '../import/formatOfPath'
import { sizeProblem } from '../import/readDocument'
import { sha256 } from '../import/sha256'
import { preparePage, storePage, type StoredPage } from '../import/storePage'
import { LibraryError } from '../errors/LibraryError'
import type { LibraryContext } from './LibraryContext'
import type { FileUpload } from './types'
import { writeTransaction } from '../db/writeTransaction'

const refused = (code: ErrorCode, name: string, reason: SkipReason): LibraryError =>
  new LibraryError(code, `${name}: ${reason.code}`, {
    key: 'fileRefused',
    params: { name },
    reason,
  })

/** Replacing a page with another document: an explicit action, and undoable. */
export function replaceOps({ repos, now, db, index }: LibraryContext) {
  return {
    /**
     * Puts the document's text into the page `id` exactly as a changed file's re-import would
     * (stories that stay keep their ids, highlights are re-anchored, corrections replayed). The
     * page becomes that upload (its name; no longer tied to a file on disk, so re-importing the
     * old file never silently undoes the replacement). The undo entry holds every row of the
     * page as it was, so undo gives it back exactly.
     */
    replaceSource: (id: SourceId, file: FileUpload): UndoTicket => {
      const before = found(repos.sources.get(id), 'sourceNotFound', id)
      const format = formatOfPath(file.name)
      if (format === null)
        throw refused('INVALID_ARGUMENT', file.name, unsupportedReason(file.name))
      const problem = sizeProblem(file.bytes.length)
      if (problem !== null) throw refused('INVALID_ARGUMENT', file.name, problem)
      // Decoding and splitting can take a while: done before the write lock is taken.
      const prepared = preparePage(file.bytes, format, undefined, repos.corrections.ofSource(id))
      if ('reason' in prepared) {
        throw refused('IMPORT_FAILED', file.name, prepared.reason)
      }
      let stored = null as StoredPage | null
      const ticket = writeTransaction(db, () => {
        const page = found(repos.sources.get(id), 'sourceNotFound', id)
        const restore = repos.pages.rows(id)
        const importedAt = now().toISOString()
        const record = {
          name: file.name,
          origin: 'upload' as const,
          path: null,
          text: prepared.text,
          contentHash: sha256(file.bytes),
          encoding: prepared.encoding,
          format,
          importedAt,
          size: file.bytes.length,
        }
        stored = storePage(repos, page, record, prepared.stories)
        const action = {
          code: 'replacePage' as const,
          params: { from: before.name, to: file.name },
        }
        return recordUndo(repos, now, action, {
          restore,
          remove: [],
          page: { sourceId: id, fingerprint: repos.pages.fingerprint(id) },
        })
      })
      index.upsert(stored?.storyIds ?? [])
      index.remove(stored?.removedIds ?? [])
      return ticket
    },
  }
}
