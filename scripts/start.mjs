// `npm start` / `npm run dev`: the desktop app when Electron's binary is installed, otherwise
// web mode in the browser, so the reader always starts, even on a machine that was offline
// when Electron's binary should have been downloaded. Either way it says where the library is;
// web mode also opens the page in the default browser (not with --no-open, nor on CI).
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { run, serveWebMode } from './web.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = join(root, 'node_modules', 'electron')
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
const isDev = process.argv.includes('--dev')
const passThrough = process.argv.slice(2).filter((arg) => arg !== '--dev')
// Web mode's own options; the desktop app has a window of its own and no address.
const WEB_ONLY = new Set(['--no-open', '--new-token'])

// electron's install script writes path.txt (the binary's path inside dist/) once it has
// downloaded the binary; both must exist.
const isElectronInstalled = () => {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return false
  const binary = readFileSync(pathFile, 'utf8').trim()
  return binary !== '' && existsSync(join(electronDir, 'dist', binary))
}

// Arguments after `--` reach the Electron app (e.g. `npm start -- --library DIR`).
const desktopArgs = passThrough.filter((arg) => !WEB_ONLY.has(arg))
const appArgs = desktopArgs.length ? ['--', ...desktopArgs] : []

/** The library the desktop app opens: --library, else the default folder core names. */
const desktopLibraryDir = async () => {
  const at = desktopArgs.findIndex((arg) => arg === '--library' || arg.startsWith('--library='))
  if (at >= 0) {
    const arg = desktopArgs[at]
    return resolve(
      arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (desktopArgs[at + 1] ?? ''),
    )
  }
  const { tsImport } = await import('tsx/esm/api')
  const module = join(root, 'src', 'main', 'core', 'library', 'defaultLibraryDir.ts')
  const { defaultLibraryDir } = await tsImport(pathToFileURL(module).href, import.meta.url)
  return defaultLibraryDir(process.platform, process.env, homedir())
}

const startDesktop = async () => {
  if (isDev) return run([electronVite, 'dev', ...appArgs])
  const code = await run([electronVite, 'build'])
  if (code !== 0) return code
  return run([electronVite, 'preview', '--skipBuild', ...appArgs])
}

if (isElectronInstalled()) {
  console.log(`Inkstone desktop app; library: ${await desktopLibraryDir()}`)
  process.exitCode = await startDesktop()
} else {
  console.log(
    'Electron is not installed on this machine (run "npm run install-electron" when online); starting web mode instead.',
  )
  process.exitCode = await serveWebMode(passThrough)
}
