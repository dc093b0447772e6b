import { dialog } from 'electron'
import type { BrowserWindow, OpenDialogOptions } from 'electron'

const IMPORTABLE = {
  name: 'Text, Markdown and HTML',
  extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm'],
}

const dialogOptions = (kind: 'files' | 'folder'): OpenDialogOptions =>
  kind === 'files'
    ? {
        title: 'Import files',
        properties: ['openFile', 'multiSelections'],
        filters: [IMPORTABLE, { name: 'All files', extensions: ['*'] }],
      }
    : { title: 'Import folder', properties: ['openDirectory'] }

/** The native open dialog, attached to our window; resolves null when cancelled. */
export const createPathPicker =
  (getWindow: () => BrowserWindow | null) =>
  async (kind: 'files' | 'folder'): Promise<string[] | null> => {
    const window = getWindow()
    const options = dialogOptions(kind)
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options)
    return result.canceled ? null : result.filePaths
  }
