import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { SourceId, StoryId } from '../../../shared/ids'
import type { ImportReport } from '../../../shared/types'
import { createRepos, type Repos } from '../db/createRepos'
import { openDatabase } from '../db/openDatabase'
import { collectFiles } from '../import/collectFiles'
import { requireEncoding } from '../import/requireEncoding'
import { importBatch, type PendingDocument } from '../import/importBatch'
import { readDocument, uploadDocument } from '../import/readDocument'
import { isSettingKey, mergeSettings } from './defaultSettings'
import { LibraryError } from '../errors/LibraryError'
import { parseQuery } from '../search/parseQuery'
import { searchLibrary } from './searchLibrary'
import { searchIndexStore } from './searchIndexStore'
import type { IndexProgress } from './searchIndexStore'
import { annotationsApi } from './annotationsApi'
import { backupBeforeMigration } from '../backup/backupBeforeMigration'
import { backupOps } from './backupOps'
import { correctionsApi } from './correctionsApi'
import { replaceOps } from './replaceOps'
import { manageOps } from './manageOps'
import { resplitOps } from './resplitOps'
import type { LibraryContext } from './LibraryContext'
import type { FileUpload, ImportOptions, Library, PagesApi } from './types'
import { writeTransaction } from '../db/writeTransaction'

/** What openLibrary needs from the outside world. */
export interface LibraryDeps {
  now?: () => Date
  /** better-sqlite3's addon for this runtime (Electron's main process has its own ABI). */
  nativeBinding?: string
  /**
   * Runs index maintenance later, off the current call (a long-lived host passes setImmediate).
   * Without it the index is only rebuilt by library.maintain(), and search scans meanwhile.
   */
  scheduleMaintenance?: (task: () => void) => void
  /** With scheduleMaintenance: rebuild in steps, pausing between them (a host's macrotask). */
  pauseMaintenance?: () => Promise<void>
  /**
   * Asks the host's indexer thread to index queued stories (drainSearchQueue on its own
   * connection); without it, queued stories are indexed on this thread in steps.
   */
  requestIndexing?: () => void
  /** How far a background rebuild of the search index has got. */
  onIndexProgress?: (progress: IndexProgress) => void
  /** Where problems with derived data go (they never fail a call); console.warn by default. */
  log?: (message: string, error: unknown) => void
}

/** The database file inside a library folder. */
export const LIBRARY_FILE = 'library.sqlite3'

const requireStory = (repos: Repos, id: StoryId): void => {
  if (!repos.stories.get(id)) {
    throw new LibraryError('NOT_FOUND', `no story with id ${id}`, {
      key: 'storyNotFound',
      params: { id },
    })
  }
}

/** Opens the library in `dir` (creating the folder and database as needed) at the latest schema. */
export function openLibrary(dir: string, deps: LibraryDeps = {}): Library {
  const now = deps.now ?? (() => new Date())
  mkdirSync(dir, { recursive: true })
  const db = openDatabase(join(dir, LIBRARY_FILE), {
    nativeBinding: deps.nativeBinding,
    beforeMigration: backupBeforeMigration(dir, now),
  })
  const repos = createRepos(db)
  // Opening never depends on derived data: the index is not read or rebuilt here, only checked
  // (one small row) so that a host can rebuild it in the background when it is not current.
  const index = searchIndexStore(repos, {
    schedule: deps.scheduleMaintenance,
    pause: deps.pauseMaintenance,
    onProgress: deps.onIndexProgress,
    requestIndexing: deps.requestIndexing,
    log: deps.log,
  })
  index.check()

  const runImport = (
    pending: PendingDocument[],
    skipped: ImportReport['skipped'],
    options: ImportOptions = {},
  ): ImportReport => {
    const encoding = requireEncoding(options.encoding)
    const result = importBatch({ repos, now, encoding }, pending, { skipped }, options.onProgress)
    // The report says what was committed; the index only learns that it is stale.
    index.upsert(result.storyIds)
    index.remove(result.removedIds)
    return result.report
  }

  const importPaths = (paths: string[], options?: ImportOptions): ImportReport => {
    const { files, skipped } = collectFiles(paths)
    const pending = files.map(({ path, format }) => ({
      path,
      read: () => readDocument(path, format),
    }))
    return runImport(pending, skipped, options)
  }

  const importUploads = (uploads: FileUpload[], options?: ImportOptions): ImportReport => {
    const pending: PendingDocument[] = uploads.map((upload) => ({
      path: upload.name,
      read: () => uploadDocument(upload),
    }))
    return runImport(pending, [], options)
  }

  const searchParsed = searchLibrary(repos, index)
  const context: LibraryContext = { db, repos, now, index }
  const library: PagesApi = {
    dir,
    importPaths,
    importUploads,
    importSeedsIfEmpty: (seedDir) => (repos.sources.count() === 0 ? importPaths([seedDir]) : null),
    listSources: () => repos.sources.list(),
    listStories: (query) => repos.stories.list(query),
    listStoryIds: (query) => repos.storyOrder.ids(query),
    storySummaries: (ids) => repos.stories.summaries(ids),
    getStory: (id) => repos.stories.get(id),
    // The one place a typed query is parsed; everything below works on the parse.
    search: (query, options) => searchParsed(parseQuery(query), options).hits,
    searchPage: (query, options) => searchParsed(parseQuery(query), options),
    refreshIndex: () => index.check(),
    setRead: (id, isRead) => {
      requireStory(repos, id)
      repos.readingState.setRead(id, isRead)
    },
    saveProgress: (id, progress) => {
      requireStory(repos, id)
      const clamped = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0
      repos.readingState.saveProgress(id, clamped, now().toISOString())
    },
    markOpened: (id) => {
      requireStory(repos, id)
      repos.readingState.markOpened(id, now().toISOString())
    },
    getSettings: () => mergeSettings(repos.settings.getAll()),
    updateSettings: (patch) => {
      const entries = Object.entries(patch).filter(
        ([key, value]) => isSettingKey(key) && value !== undefined,
      )
      repos.settings.putAll(entries)
      return mergeSettings(repos.settings.getAll())
    },
    removeSource: (id: SourceId) => {
      let gone: StoryId[] = []
      const isRemoved = writeTransaction(db, () => {
        gone = repos.stories.keysOfSource(id).map((story) => story.id)
        // Highlights and notes never cascade (see migration 3): removing a page removes them here.
        repos.highlights.removeOfSource(id)
        repos.notes.removeOfSource(id)
        return repos.sources.remove(id)
      })
      if (!isRemoved) {
        throw new LibraryError('NOT_FOUND', `no source with id ${id}`, {
          key: 'sourceNotFound',
          params: { id },
        })
      }
      index.remove(gone)
    },
    maintain: () => index.maintain(),
    close: () => {
      index.close()
      db.close()
    },
  }
  const manage = manageOps(context)
  try {
    // Pages stored before pages were named get their names from their stored text, once.
    manage.namePages()
  } catch (error) {
    ;(deps.log ?? console.warn)('could not name the pages stored before page names', error)
  }
  return {
    ...library,
    ...manage,
    ...annotationsApi(context),
    ...correctionsApi(context),
    ...replaceOps(context),
    ...resplitOps(context),
    ...backupOps(context, { dir, nativeBinding: deps.nativeBinding }),
  }
}
