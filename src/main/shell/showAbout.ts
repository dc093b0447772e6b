import { app, dialog } from 'electron'
import type { BrowserWindow, MessageBoxOptions } from 'electron'

/** The About box: version, what the app is, and where its library lives. */
export const showAbout = (window: BrowserWindow | null, libraryDir: string): void => {
  const options: MessageBoxOptions = {
    type: 'info',
    title: 'About Inkstone',
    message: `Inkstone ${app.getVersion()}`,
    detail: `An offline reader for Chinese and English articles.\n\nLibrary: ${libraryDir}`,
  }
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
}
