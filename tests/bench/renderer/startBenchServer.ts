import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The web-mode bridge over the bench library. */
export interface BenchServer {
  url: string
  stop: () => Promise<void>
}

const ROOT = resolve(import.meta.dirname, '../../..')
const READY_LINE = /Inkstone web mode: (\S+)/

/**
 * Starts `serveWeb.ts` on a free port over `libraryDir` (no seed pages: the folder is not empty),
 * serving the built renderer in `rendererDir` (out/renderer by default).
 */
export const startBenchServer = (
  libraryDir: string,
  rendererDir = join(ROOT, 'out', 'renderer'),
): Promise<BenchServer> => {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('no built renderer in out/renderer: run "npx electron-vite build" first')
  }
  const child = spawn(
    process.execPath,
    [
      'bin/run-ts.mjs',
      'src/main/web/serveWeb.ts',
      '--library',
      libraryDir,
      '--port',
      '0',
      '--no-open',
      '--renderer',
      rendererDir,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  )
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((done) => child.once('exit', done))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }
  return new Promise((resolveServer, reject) => {
    let output = ''
    const timer = setTimeout(() => fail('the web server printed no address in 60 s'), 60_000)
    const fail = (reason: string) => {
      clearTimeout(timer)
      void stop().then(() => reject(new Error(`${reason}\n${output}`)))
    }
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = READY_LINE.exec(output)
      if (!match) return
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.stderr?.off('data', onData)
      // Keep draining its output, so a chatty server never blocks on a full pipe.
      child.stdout?.resume()
      child.stderr?.resume()
      resolveServer({ url: match[1], stop })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => fail(`the web server exited early (code ${code})`))
  })
}
