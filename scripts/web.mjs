// `npm run web`: builds what is missing or stale, then serves web mode (out/main/web.js) on
// 127.0.0.1. Extra arguments go to the server: --library DIR, --port N, --seeds DIR,
// --new-token (forget the address kept in the library's web.json), --no-open (no browser).
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
const outputs = [join(root, 'out', 'main', 'web.js'), join(root, 'out', 'renderer', 'index.html')]

/** Runs a child on the project's node, sharing this terminal; resolves with its exit code. */
export const run = (args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', ...options })
    const forward = (signal) => child.kill(signal)
    process.on('SIGTERM', forward)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })

const newestChange = (dir) => {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs)
  }
  return newest
}

// A build is needed when an output is missing or any source file changed after it was built.
const isBuildNeeded = () => {
  if (!outputs.every((path) => existsSync(path))) return true
  const built = Math.min(...outputs.map((path) => statSync(path).mtimeMs))
  return newestChange(join(root, 'src')) > built
}

/** Builds if needed, then serves web mode until it exits; resolves with the exit code. */
export const serveWebMode = async (serverArgs) => {
  if (isBuildNeeded()) {
    const code = await run([electronVite, 'build'])
    if (code !== 0) return code
  }
  // Ctrl+C reaches the server too (same process group); it closes the library, then we exit.
  process.on('SIGINT', () => {})
  return run([join(root, 'out', 'main', 'web.js'), ...serverArgs])
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await serveWebMode(process.argv.slice(2))
}
