import type { Channel, Channels, EventName, Events } from '../../shared/contract'
import type { ImportReport } from '../../shared/types'
import type { BackupSummary, RestoreMode, RestoreReport } from '../../shared/exports'
import type { LibraryHealth, RecoveryReport } from '../../shared/health'
import type { FileUpload, Library, ImportOptions } from '../core/library/types'
import { parseExternalUrl } from './externalUrl'
import { ChannelError } from './ChannelError'
import { refuseWritesWhenDamaged } from './refuseWritesWhenDamaged'
import { createExportHandlers, type SaveRequest } from './exportHandlers'

/** The handler for every channel, typed against the contract. */
export type HandlerTable = {
  [C in Channel]: (
    ...args: Channels[C]['args']
  ) => Promise<Channels[C]['result']> | Channels[C]['result']
}

/** Sends one event to the page (IPC in the desktop app, server-sent events in web mode). */
export type Emit = <E extends EventName>(event: E, payload: Events[E]) => void

/** What the handlers need from their host: the library and the host's own powers. */
export interface HandlerDeps {
  library: Library
  mode: 'desktop' | 'web'
  /** Shows the native open dialog; null when cancelled. Desktop only. */
  pickPaths?: (kind: 'files' | 'folder') => Promise<string[] | null>
  /**
   * Imports files and folders off the serving thread (import threads, see importInWorkers);
   * the library imports on this thread without it.
   */
  importPaths?: (paths: string[], options: ImportOptions) => Promise<ImportReport>
  /** Imports uploaded pages off the serving thread (import threads, see importInWorkers). */
  importUploads?: (uploads: FileUpload[], options: ImportOptions) => Promise<ImportReport>
  /** Re-splits every stored page off the serving thread (see resplitInWorker). */
  resplitPages?: (options: ImportOptions) => Promise<ImportReport>
  /** Writes a backup off the serving thread (a backup thread, see backupInWorker). */
  backup?: (out: string) => Promise<BackupSummary>
  /** Restores a backup off the serving thread (a restore thread, see restoreInWorker). */
  restore?: (file: string, mode: RestoreMode) => Promise<RestoreReport>
  /** Opens an already-vetted http(s) URL in the system browser. Desktop only. */
  openExternal?: (url: string) => Promise<void>
  /** The native save dialog (a folder for a markdown export); null when cancelled. Desktop only. */
  pickSavePath?: (request: SaveRequest) => Promise<string | null>
  /** The native open dialog for a backup file; null when cancelled. Desktop only. */
  pickBackupFile?: () => Promise<string | null>
  /** Shows a file or folder in the system file manager. Desktop only. */
  showInFolder?: (path: string) => void
  /** Prints the window's page (its print stylesheet) to a PDF at `path`. Desktop only. */
  printToPdf?: (path: string) => Promise<void>
  /** What the check of the library file at start found ('ok' until it has run). */
  health?: () => LibraryHealth
  /** Puts the newest good backup in place of a damaged library and restarts. Desktop only. */
  recover?: () => Promise<RecoveryReport>
  emit: Emit
}

/** Builds the channel -> handler table shared by the Electron IPC and the web bridge. */
export const createHandlers = (deps: HandlerDeps): HandlerTable => {
  const { library, mode, emit } = deps

  const importWith = async (
    run: (options: ImportOptions) => ImportReport | Promise<ImportReport>,
    encoding?: string,
  ): Promise<ImportReport> => {
    const report = await run({
      encoding,
      onProgress: (progress) => emit('import:progress', progress),
    })
    emit('library:changed', { reason: 'import' })
    return report
  }

  // Every change tells all windows (and web-mode tabs) to refresh what they show.
  const changed = <T>(reason: Events['library:changed']['reason'], result: T): T => {
    emit('library:changed', { reason })
    return result
  }

  const table: HandlerTable = {
    'library:info': () => {
      const sources = library.listSources()
      const storyCount = sources.reduce((sum, source) => sum + source.storyCount, 0)
      const health = deps.health?.() ?? { status: 'ok' }
      return { dir: library.dir, sourceCount: sources.length, storyCount, mode, health }
    },
    'library:recover': async () => {
      if (mode === 'web' || !deps.recover) {
        throw new ChannelError(
          'UNAVAILABLE',
          'a library is recovered with the server stopped: inkstone recover',
          { key: 'recoverWithServerStopped' },
        )
      }
      return deps.recover()
    },
    'library:importUploads': (files, encoding) => {
      const uploads = files.map((file) => ({
        name: file.name,
        bytes: new Uint8Array(Buffer.from(file.base64, 'base64')),
      }))
      const importUploads = deps.importUploads ?? library.importUploads
      return importWith((options) => importUploads(uploads, options), encoding)
    },
    'library:pickAndImport': async (kind) => {
      if (mode === 'web' || !deps.pickPaths) {
        throw new ChannelError(
          'UNAVAILABLE',
          'the native file dialog exists only in the desktop app',
          { key: 'nativeDialogOnly' },
        )
      }
      const paths = await deps.pickPaths(kind)
      if (paths === null || paths.length === 0) return null
      const importPaths = deps.importPaths ?? library.importPaths
      return importWith((options) => importPaths(paths, options))
    },
    'sources:list': () => library.listSources(),
    'library:resplit': () => {
      const resplitPages =
        deps.resplitPages ?? ((options: ImportOptions) => library.resplitPages(options.onProgress))
      return importWith(resplitPages)
    },
    'sources:replace': (sourceId, file) =>
      changed(
        'replace',
        library.replaceSource(sourceId, {
          name: file.name,
          bytes: new Uint8Array(Buffer.from(file.base64, 'base64')),
        }),
      ),
    'sources:delete': (sourceId) => changed('remove', library.deletePage(sourceId)),
    // A page's name shows in every story row of it: everything is refreshed.
    'sources:rename': (sourceId, name) => changed('replace', library.renamePage(sourceId, name)),
    'stories:list': (query) => library.listStories(query),
    'stories:ids': (query) => library.listStoryIds(query),
    'stories:summaries': (ids) => library.storySummaries(ids),
    'stories:firstPage': (query, count) => {
      const ids = library.listStoryIds(query)
      return { ids, summaries: library.storySummaries(ids.slice(0, count)) }
    },
    'stories:get': (id) => library.getStory(id),
    'stories:setRead': (id, isRead) => {
      library.setRead(id, isRead)
      return null
    },
    'stories:saveProgress': (id, progress) => {
      library.saveProgress(id, progress)
      return null
    },
    'stories:markOpened': (id) => {
      library.markOpened(id)
      return null
    },
    'stories:setFavorite': (id, isFavorite) => {
      library.setFavorite(id, isFavorite)
      return changed('update', null)
    },
    'stories:split': (id, paragraphIndex) =>
      changed(
        'corrections',
        library.undoable(() => library.splitStory(id, paragraphIndex)),
      ),
    'stories:mergeNext': (id) =>
      changed(
        'corrections',
        library.undoable(() => library.mergeWithNext(id)),
      ),
    'stories:setTitle': (id, title) =>
      changed('corrections', library.undoable(() => library.setTitle(id, title)).undo),
    'stories:delete': (id) => changed('remove', library.deleteStory(id)),
    'tags:list': () => library.listTags(),
    'tags:addToStories': (storyIds, names) =>
      changed(
        'tags',
        library.undoable(() => library.addTags(storyIds, names)),
      ),
    'tags:removeFromStories': (storyIds, tagIds) =>
      changed('tags', library.undoable(() => library.removeTags(storyIds, tagIds)).undo),
    'tags:update': (id, patch) => changed('tags', library.updateTag(id, patch)),
    'tags:merge': (fromIds, intoId) => changed('tags', library.mergeTags(fromIds, intoId)),
    'tags:delete': (id) => changed('tags', library.deleteTag(id)),
    'highlights:list': (query) => library.listHighlights(query),
    // A highlight's tags change the tag counts too, so such a change is reported as tags.
    'highlights:create': (storyId, highlight) =>
      changed(
        highlight.tags?.length ? 'tags' : 'highlights',
        library.undoable(() => library.createHighlight(storyId, highlight)),
      ),
    'highlights:update': (id, patch) =>
      changed(
        patch.tags ? 'tags' : 'highlights',
        library.undoable(() => library.updateHighlight(id, patch)),
      ),
    'highlights:delete': (id) => changed('tags', library.deleteHighlight(id)),
    'highlights:reattach': (id, at) =>
      changed(
        'highlights',
        library.undoable(() => library.reattachHighlight(id, at)),
      ),
    'notes:get': (storyId) => library.getNote(storyId),
    'notes:save': (storyId, markdown) =>
      changed(
        'notes',
        library.undoable(() => library.saveNote(storyId, markdown)),
      ),
    'collections:list': () => library.listCollections(),
    'collections:create': (name) =>
      changed(
        'collections',
        library.undoable(() => library.createCollection(name)),
      ),
    'collections:rename': (id, name) =>
      changed(
        'collections',
        library.undoable(() => library.renameCollection(id, name)),
      ),
    'collections:delete': (id) => changed('collections', library.deleteCollection(id)),
    'collections:addStories': (id, storyIds) =>
      changed('collections', library.undoable(() => library.addToCollection(id, storyIds)).undo),
    'collections:removeStories': (id, storyIds) =>
      changed(
        'collections',
        library.undoable(() => library.removeFromCollection(id, storyIds)).undo,
      ),
    'collections:reorder': (id, storyIds) =>
      changed('collections', library.undoable(() => library.reorderCollection(id, storyIds)).undo),
    'undo:apply': (id) => changed('undo', library.undo(id)),
    'search:query': (query, page) => library.searchPage(query, page ?? {}),
    'settings:get': () => library.getSettings(),
    'settings:update': (patch) => library.updateSettings(patch),
    'shell:openExternal': async (raw) => {
      const url = parseExternalUrl(raw)
      if (!url) {
        throw new ChannelError('FORBIDDEN', 'only http and https links open outside the app', {
          key: 'linkNotHttp',
        })
      }
      if (!deps.openExternal) {
        throw new ChannelError('UNAVAILABLE', 'opening links is left to the browser in web mode', {
          key: 'linksInBrowser',
        })
      }
      await deps.openExternal(url.href)
      return null
    },
    ...createExportHandlers(deps),
  }
  return refuseWritesWhenDamaged(table, deps.health)
}
