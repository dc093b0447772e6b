import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

// Web mode started as a user starts it (no --port: the address saved in the library folder),
// so a spec can stop it and start it again on the same library.

const ROOT = resolve(import.meta.dirname, '../..')
const READY_LINE = /Inkstone web mode: (\S+)/

/** A running web-mode server; `stop` leaves the library folder in place. */
export interface WebModeServer {
  url: string
  stop: () => Promise<void>
}

/** Starts serveWeb.ts on `libraryDir` with extra arguments and waits for its address. */
export const startWebMode = (libraryDir: string, extra: string[] = []): Promise<WebModeServer> => {
  const child = spawn(
    process.execPath,
    ['bin/run-ts.mjs', 'src/main/web/serveWeb.ts', '--library', libraryDir, '--no-open', ...extra],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  )
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((done) => child.once('exit', done))
    child.kill('SIGTERM')
    await exited
  }
  return new Promise((done, fail) => {
    let output = ''
    const timer = setTimeout(() => fail(new Error(`no address in time:\n${output}`)), 45_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const url = READY_LINE.exec(output)?.[1]
      if (url === undefined) return
      clearTimeout(timer)
      done({ url, stop })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`web mode exited (${code}) before its address:\n${output}`))
    })
  })
}
