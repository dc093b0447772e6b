import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/contract'

/** What the menu needs from the shell. */
export interface MenuOptions {
  appName: string
  isMac: boolean
  /** Adds Reload and the developer tools (electron-vite dev only). */
  isDev: boolean
  /** Forwards a command to the page, which owns the import dialogs, search and theme. */
  send: (command: MenuCommand) => void
  showAbout: () => void
}

/**
 * The application menu as a plain template. Accelerators the page already handles itself
 * (Ctrl/Cmd+K) are shown but not registered, so one key press never acts twice.
 */
export const buildMenuTemplate = (options: MenuOptions): MenuItemConstructorOptions[] => {
  const { appName, isMac, isDev, send, showAbout } = options
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => send('import-files') },
      {
        label: 'Import Folder…',
        accelerator: 'CmdOrCtrl+Shift+O',
        click: () => send('import-folder'),
      },
      { label: 'Import Annotations…', click: () => send('import-annotations') },
      { label: 'Re-split All Pages', click: () => send('resplit') },
      separator,
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
      // The page prints itself (Ctrl/Cmd+P there too): its print stylesheet shows the story only.
      {
        label: 'Print Story…',
        accelerator: 'CmdOrCtrl+P',
        registerAccelerator: false,
        click: () => send('print'),
      },
      { label: 'Save Story as PDF…', click: () => send('save-pdf') },
      separator,
      { label: 'Back Up Library…', click: () => send('backup') },
      { label: 'Restore from Backup…', click: () => send('restore') },
      separator,
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  }

  const developer: MenuItemConstructorOptions[] = isDev
    ? [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }]
    : []

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      {
        label: 'Search…',
        accelerator: 'CmdOrCtrl+K',
        registerAccelerator: false,
        click: () => send('find'),
      },
      { label: 'Toggle Theme', click: () => send('toggle-theme') },
      separator,
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      separator,
      { role: 'togglefullscreen' },
      ...developer,
    ],
  }

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Keyboard Shortcuts', click: () => send('shortcuts') },
      ...(isMac ? [] : [separator, { label: `About ${appName}`, click: showAbout }]),
    ],
  }

  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    file,
    { role: 'editMenu' },
    view,
    ...(isMac ? [{ role: 'windowMenu' } as MenuItemConstructorOptions] : []),
    help,
  ]
}
