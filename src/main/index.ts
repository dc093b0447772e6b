import { app, dialog, Menu, protocol, session, shell } from 'electron'
import type { BrowserWindow } from 'electron'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startDailyBackups } from './core/backup/dailyBackup'
import { backupsInWorker, backupInWorker } from './workers/backupInWorker'
import { resplitInWorker } from './workers/resplitInWorker'
import { restoreInWorker } from './workers/restoreInWorker'
import { defaultLibraryDir } from './core/library/defaultLibraryDir'
import { importInWorkers, importUploadsInWorkers } from './workers/importInWorkers'
import { openLibraryWithIndexer } from './workers/openLibraryWithIndexer'
import type { Library } from './core/library/types'
import { createHandlers } from './handlers/handlers'
import type { Emit } from './handlers/handlers'
import { registerIpc } from './shell/registerIpc'
import { buildMenuTemplate } from './shell/buildMenuTemplate'
import { createMainWindow } from './shell/createMainWindow'
import { createPathPicker } from './shell/createPathPicker'
import { createSaveDialogs } from './shell/createSaveDialogs'
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from './handlers/csp'
import { hardenContents } from './shell/hardenContents'
import { hardenSession } from './shell/hardenSession'
import { readOption } from './handlers/readOption'
import { rendererUrl } from './shell/rendererUrl'
import { registerAppScheme, serveAppProtocol } from './shell/serveAppProtocol'
import { guardOpenExternal, trackUserActivation } from './shell/guardOpenExternal'
import { showAbout } from './shell/showAbout'
import { startOrRecover } from './shell/startOrRecover'
import type { LibraryHealth } from '../shared/health'
import { describeDamage } from './core/backup/libraryHealth'
import { recoverLibrary } from './core/backup/recoverLibrary'

// The Electron entry: wires core, the IPC table, the window and the menu; no logic of its own.

const here = dirname(fileURLToPath(import.meta.url))
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const rendererDir = join(here, '../renderer')
const pageUrl = rendererUrl({ devServerUrl })
const libraryDir =
  readOption(process.argv, 'library') ?? defaultLibraryDir(process.platform, process.env, homedir())
const seedDir =
  readOption(process.argv, 'seeds') ??
  (app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds'))
// Links leave the app only as http(s) and only just after a click or key press in the window.
let hasUserActivation = () => false
const openExternal = guardOpenExternal(
  (url) => shell.openExternal(url),
  () => hasUserActivation(),
)

let mainWindow: BrowserWindow | null = null
let library: Library | null = null
let stopBackups = () => {}
let health: LibraryHealth = { status: 'ok' }
const getWindow = () => mainWindow

const emit: Emit = (event, payload) => {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload)
}

const start = () => {
  hardenSession(
    session.defaultSession,
    devServerUrl ? devContentSecurityPolicy(devServerUrl) : CONTENT_SECURITY_POLICY,
  )
  if (!devServerUrl) serveAppProtocol(protocol, rendererDir, CONTENT_SECURITY_POLICY)
  // Opening never builds the search index: queued stories are indexed on the indexer thread.
  const { library: opened, indexer } = openLibraryWithIndexer(
    libraryDir,
    (progress) => emit('index:progress', progress),
    {},
    (found) => {
      health = found
      if (found.status === 'ok') return
      // No backup is taken of a damaged file: it would push the good ones out of rotation.
      stopBackups()
      console.error(describeDamage(libraryDir, found))
      emit('library:health', found)
    },
  )
  library = opened
  const recover = async () => {
    stopBackups()
    await indexer?.close()
    opened.close()
    library = null
    const report = recoverLibrary(libraryDir)
    // The answer reaches the page first; then the app starts again on the restored library.
    setTimeout(() => {
      app.relaunch()
      app.exit(0)
    }, 300)
    return report
  }
  try {
    opened.importSeedsIfEmpty(seedDir)
  } catch (error) {
    console.error('[inkstone] could not import the sample pages:', error)
  }
  stopBackups = startDailyBackups(backupsInWorker(opened))

  const handlers = createHandlers({
    library: opened,
    mode: 'desktop',
    pickPaths: createPathPicker(getWindow),
    importPaths: (paths, options) => importInWorkers(opened, paths, options),
    importUploads: (uploads, options) => importUploadsInWorkers(opened, uploads, options),
    backup: (out) => backupInWorker(opened, out),
    restore: (file, mode) => restoreInWorker(opened, file, mode),
    resplitPages: (options) => resplitInWorker(opened, options),
    openExternal,
    ...createSaveDialogs(getWindow),
    health: () => health,
    recover,
    emit,
  })
  registerIpc(handlers, getWindow, pageUrl)
  const template = buildMenuTemplate({
    appName: 'Inkstone',
    isMac: process.platform === 'darwin',
    isDev: devServerUrl !== undefined,
    send: (command) => emit('menu:command', { command }),
    showAbout: () => showAbout(mainWindow, libraryDir),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))

  mainWindow = createMainWindow({
    library: opened,
    preloadPath: join(here, '../preload/index.cjs'),
    pageUrl,
  })
  hasUserActivation = trackUserActivation(mainWindow.webContents)
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

// Chromium's own data sits beside the library, so userData/library is the library folder.
app.setPath('userData', dirname(libraryDir))
app.setName('Inkstone')
app.enableSandbox()
// app://inkstone/ must be known as a standard, secure scheme before the app is ready.
registerAppScheme(protocol)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) =>
    hardenContents(contents, pageUrl, openExternal),
  )
  // One window holds the whole app, so closing it quits on every platform.
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    stopBackups()
    library?.close()
    library = null
  })
  app
    .whenReady()
    .then(() => startOrRecover(start, libraryDir))
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      dialog.showErrorBox('Inkstone could not start', `${message}\n\nLibrary: ${libraryDir}`)
      app.exit(1)
    })
}
