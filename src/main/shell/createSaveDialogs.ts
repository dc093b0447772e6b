import { dialog, shell } from 'electron'
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { SaveRequest } from '../handlers/exportHandlers'

const BACKUP_FILTER = { name: 'Inkstone backup', extensions: ['inkstone-backup', 'sqlite'] }

/** The native dialogs and powers behind export, backup, restore and PDF, attached to our window. */
export const createSaveDialogs = (getWindow: () => BrowserWindow | null) => {
  const openDialog = async (options: OpenDialogOptions): Promise<string | null> => {
    const window = getWindow()
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options)
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
  }
  const saveDialog = async (options: SaveDialogOptions): Promise<string | null> => {
    const window = getWindow()
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }

  return {
    // A markdown export is a folder the reader picks (or creates); everything else one file.
    pickSavePath: (request: SaveRequest): Promise<string | null> =>
      request.kind === 'folder'
        ? openDialog({
            title: 'Export to folder',
            buttonLabel: 'Export Here',
            properties: ['openDirectory', 'createDirectory'],
          })
        : saveDialog({
            defaultPath: request.defaultName,
            filters: request.extension
              ? [{ name: request.extension.toUpperCase(), extensions: [request.extension] }]
              : [],
          }),
    pickBackupFile: (): Promise<string | null> =>
      openDialog({
        title: 'Restore from backup',
        properties: ['openFile'],
        filters: [BACKUP_FILTER, { name: 'All files', extensions: ['*'] }],
      }),
    showInFolder: (path: string): void => shell.showItemInFolder(path),
    // The page's print stylesheet decides what is printed: the open story alone.
    printToPdf: async (path: string): Promise<void> => {
      const window = getWindow()
      if (!window) throw new Error('no window to print')
      const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
      // Written beside its target and renamed: a crash never leaves half a PDF.
      const temp = join(dirname(path), `.${basename(path)}.inkstone-tmp`)
      try {
        writeFileSync(temp, pdf)
        renameSync(temp, path)
      } finally {
        rmSync(temp, { force: true })
      }
    },
  }
}
