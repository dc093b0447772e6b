import type { UndoTicket } from '../../../shared/annotations'
import type { SourceId } from '../../../shared/ids'
import { found } from '../annotations/requireExists'
import { recordUndo } from '../annotations/recordUndo'
import { formatOfPath, unsupportedReason } from '../import/formatOfPath'
import { sizeProblem } from '../import/readDocument'
import { sha256 } from '../import/sha256'
import { preparePage, storePage } from '../import/storePage'
import { LibraryError } from '../errors/LibraryError'
import type { LibraryContext } from './LibraryContext'
import type { FileUpload } from './types'
import { writeTransaction } from '../db/writeTransaction'

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
      const before = found(repos.sources.get(id), `source with id ${id}`)
      const format = formatOfPath(file.name)
      if (format === null) throw new LibraryError('INVALID_ARGUMENT', unsupportedReason(file.name))
      const problem = sizeProblem(file.bytes.length)
      if (problem !== null) throw new LibraryError('INVALID_ARGUMENT', `${file.name}: ${problem}`)
      // Decoding and splitting can take a while: done before the write lock is taken.
      const prepared = preparePage(file.bytes, format, undefined, repos.corrections.ofSource(id))
      if ('reason' in prepared) {
        throw new LibraryError('IMPORT_FAILED', `${file.name}: ${prepared.reason}`)
      }
      const ticket = writeTransaction(db, () => {
        const page = found(repos.sources.get(id), `source with id ${id}`)
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
        storePage(repos, page, record, prepared.stories)
        return recordUndo(repos, now, `Replaced “${before.name}” with “${file.name}”`, {
          restore,
          remove: [],
          page: { sourceId: id, fingerprint: repos.pages.fingerprint(id) },
        })
      })
      index.check()
      return ticket
    },
  }
}
