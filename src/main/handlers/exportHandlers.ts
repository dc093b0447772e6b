import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Channels, Download } from '../../shared/contract'
import type { ExportFormat, RestoreMode, RestoreReport } from '../../shared/exports'
import type { ErrorDetailKey } from '../../shared/messages'
import { importAnnotations } from '../core/export/importAnnotations'
import { LibraryError } from '../core/errors/LibraryError'
import { exportFileName, exportToDownload, exportToPath } from '../core/export/renderExport'
import { scopeTitle } from '../core/export/gatherExport'
import { ChannelError } from './ChannelError'
import type { HandlerDeps } from './handlers'

type ExportChannel =
  | 'export:run'
  | 'export:showInFolder'
  | 'annotations:import'
  | 'backup:create'
  | 'backup:pickAndRestore'
  | 'backup:restoreUpload'
  | 'print:savePdf'

type Handlers = {
  [C in ExportChannel]: (
    ...args: Channels[C]['args']
  ) => Promise<Channels[C]['result']> | Channels[C]['result']
}

/** What the native save dialog is asked for. */
export interface SaveRequest {
  /** A folder (a markdown export) or a file. */
  kind: 'folder' | 'file'
  defaultName: string
  /** The file's extension, for the dialog's filter. */
  extension?: string
}

const BACKUP_EXTENSION = 'inkstone-backup'

const base64Download = (name: string, mime: string, bytes: Uint8Array): Download => ({
  name,
  mime,
  base64: Buffer.from(bytes).toString('base64'),
})

const desktopOnly = (what: string): ChannelError =>
  new ChannelError('UNAVAILABLE', `${what} exists only in the desktop app`, {
    key: 'nativeDialogOnly',
  })

// A file the page sent is handed to core as a file in a private temp folder, removed after.
const withTempFile = async <T>(
  name: string,
  base64: string,
  run: (path: string) => Promise<T>,
): Promise<T> => {
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-upload-'))
  try {
    const path = join(dir, 'upload')
    writeFileSync(path, Buffer.from(base64, 'base64'))
    return await run(path)
  } catch (error) {
    throw refusal(error, name, 'backupRefused')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// A file core refused (not JSON, not a backup) is said with its name and core's reason.
const refusal = (error: unknown, name: string, key: ErrorDetailKey): unknown =>
  error instanceof LibraryError && error.detail === undefined
    ? new ChannelError(error.code, `${name}: ${error.message}`, {
        key,
        params: { name, problem: error.message },
      })
    : error

const today = (): string => new Date().toISOString().slice(0, 10)

/** The handlers of export, annotation import, backup, restore and print. */
export const createExportHandlers = (deps: HandlerDeps): Handlers => {
  const { library, emit } = deps
  let lastExport: string | null = null
  let pickedBackup: string | null = null
  const backup = async (out: string) => (deps.backup ?? library.backup)(out)
  const onProgress = (progress: { done: number; total: number }) =>
    emit('export:progress', progress)
  const changed = <T>(result: T): T => {
    emit('library:changed', { reason: 'restore' })
    return result
  }
  // On a restore thread when the host has one: the serving thread keeps answering meanwhile.
  const restore = async (file: string, mode: RestoreMode): Promise<RestoreReport> => {
    const report = await (deps.restore ?? library.restore)(file, mode)
    return mode === 'dryRun' ? report : changed(report)
  }

  const pickSave = async (request: SaveRequest): Promise<string | null> => {
    if (!deps.pickSavePath) throw desktopOnly('the save dialog')
    return deps.pickSavePath(request)
  }

  return {
    'export:run': async (request) => {
      if (deps.mode === 'web') {
        const { summary, download } = exportToDownload(library, request, { onProgress })
        return {
          summary,
          download: base64Download(download.name, download.mime, download.bytes),
        }
      }
      // The dialog comes before the work, and suggests a name from the scope's title.
      const format: ExportFormat = request.format
      const out = await pickSave({
        kind: format === 'markdown' ? 'folder' : 'file',
        defaultName: exportFileName(scopeTitle(library, request.scope), format),
        extension: format === 'markdown' ? undefined : exportFileName('x', format).slice(2),
      })
      if (out === null) return null
      const summary = exportToPath(library, request, out, { onProgress })
      lastExport = out
      return { summary, download: null }
    },
    'export:showInFolder': () => {
      if (!deps.showInFolder) throw desktopOnly('showing a file in its folder')
      if (lastExport !== null) deps.showInFolder(lastExport)
      return null
    },
    'annotations:import': (file) => {
      let document: unknown
      try {
        document = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'))
      } catch (error) {
        throw new ChannelError('INVALID_ARGUMENT', `${file.name} is not JSON`, {
          key: 'annotationFileInvalid',
          params: { name: file.name, problem: (error as Error).message },
        })
      }
      try {
        return changed(importAnnotations(library, document))
      } catch (error) {
        throw refusal(error, file.name, 'annotationFileInvalid')
      }
    },
    'backup:create': async () => {
      const name = `Inkstone ${today()}.${BACKUP_EXTENSION}`
      if (deps.mode === 'web') {
        const dir = mkdtempSync(join(tmpdir(), 'inkstone-backup-'))
        try {
          const summary = await backup(join(dir, name))
          const bytes = readFileSync(summary.path)
          return {
            summary: { ...summary, path: name },
            download: base64Download(name, 'application/vnd.sqlite3', bytes),
          }
        } finally {
          rmSync(dir, { recursive: true, force: true })
        }
      }
      const out = await pickSave({ kind: 'file', defaultName: name, extension: BACKUP_EXTENSION })
      if (out === null) return null
      lastExport = out
      return { summary: await backup(out), download: null }
    },
    'backup:pickAndRestore': async (mode) => {
      if (!deps.pickBackupFile) throw desktopOnly('the open dialog')
      // A dry run picks the file; the merge or replace that follows it restores that same file.
      const path =
        mode === 'dryRun'
          ? await deps.pickBackupFile()
          : (pickedBackup ?? (await deps.pickBackupFile()))
      pickedBackup = mode === 'dryRun' ? path : null
      if (path === null) return null
      try {
        return await restore(path, mode)
      } catch (error) {
        throw refusal(error, path, 'backupRefused')
      }
    },
    'backup:restoreUpload': (file, mode) =>
      withTempFile(file.name, file.base64, (path) => restore(path, mode)),
    'print:savePdf': async (title) => {
      if (!deps.printToPdf) throw desktopOnly('saving as PDF')
      const out = await pickSave({
        kind: 'file',
        defaultName: `${exportFileName(title, 'html').replace(/\.html$/, '')}.pdf`,
        extension: 'pdf',
      })
      if (out === null) return null
      await deps.printToPdf(out)
      lastExport = out
      return { path: out }
    },
  }
}
