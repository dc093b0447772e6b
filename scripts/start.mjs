// `npm start` / `npm run dev`: the desktop app when Electron's binary is installed, otherwise
// web mode in the browser, so the reader always starts, even on a machine that was offline
// when Electron's binary should have been downloaded.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run, serveWebMode } from './web.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = join(root, 'node_modules', 'electron')
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
const isDev = process.argv.includes('--dev')
const passThrough = process.argv.slice(2).filter((arg) => arg !== '--dev')

// electron's install script writes path.txt (the binary's path inside dist/) once it has
// downloaded the binary; both must exist.
const isElectronInstalled = () => {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return false
  const binary = readFileSync(pathFile, 'utf8').trim()
  return binary !== '' && existsSync(join(electronDir, 'dist', binary))
}

// Arguments after `--` reach the Electron app (e.g. `npm start -- --library DIR`).
const appArgs = passThrough.length ? ['--', ...passThrough] : []

const startDesktop = async () => {
  if (isDev) return run([electronVite, 'dev', ...appArgs])
  const code = await run([electronVite, 'build'])
  if (code !== 0) return code
  return run([electronVite, 'preview', '--skipBuild', ...appArgs])
}

if (isElectronInstalled()) {
  process.exitCode = await startDesktop()
} else {
  console.log(
    'Electron is not installed on this machine (run "npm run install-electron" when online); starting web mode instead.',
  )
  process.exitCode = await serveWebMode(passThrough)
}
