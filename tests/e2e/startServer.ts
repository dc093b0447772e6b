import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** A running web-mode bridge over a fresh library folder. */
export interface WebServer {
  url: string
  libraryDir: string
  stop: () => Promise<void>
}

const ROOT = resolve(import.meta.dirname, '../..')
const READY_LINE = /Inkstone web mode: (\S+)/
const START_TIMEOUT_MS = 45_000

const waitForUrl = (child: ChildProcess): Promise<string> =>
  new Promise((resolveUrl, reject) => {
    let output = ''
    const fail = (reason: string) => {
      clearTimeout(timer)
      reject(new Error(`${reason}\n--- server output ---\n${output}`))
    }
    const timer = setTimeout(
      () => fail('the web server printed no address in time'),
      START_TIMEOUT_MS,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = READY_LINE.exec(output)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => fail(`the web server exited early (code ${code})`))
  })

/**
 * Starts `serveWeb.ts` on a free port with an empty library (it imports the seed pages), or on
 * the library folder given (removed with the server all the same).
 */
export const startServer = async (
  libraryDir = mkdtempSync(join(tmpdir(), 'inkstone-e2e-')),
): Promise<WebServer> => {
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
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  )
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    }
    rmSync(libraryDir, { recursive: true, force: true })
  }
  try {
    return { url: await waitForUrl(child), libraryDir, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
