import type { ImportReport } from '../../../shared/types'
import { createRepos } from '../db/createRepos'
import { openDatabase } from '../db/openDatabase'
import { resplitStoredPages, type ResplitEvents } from './resplitOps'

/**
 * Re-splits every stored page of the library database `file` on a connection of its own (a
 * re-split thread's), as Library.resplitPages does on the library's. The stories' triggers
 * queue what changed for the index; `onStored` tells the host when to ask for indexing.
 */
export function resplitPagesOn(
  file: string,
  options: ResplitEvents & { nativeBinding?: string } = {},
): ImportReport {
  const db = openDatabase(file, { nativeBinding: options.nativeBinding })
  try {
    return resplitStoredPages({ db, repos: createRepos(db) }, options)
  } finally {
    db.close()
  }
}
