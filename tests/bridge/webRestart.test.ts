import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'

// The real entry (serveWeb.ts), started twice on one library folder: an open tab must keep
// working after a restart, so the second start has to print the first one's address.

const ROOT = resolve(import.meta.dirname, '../..')
let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkstone-web-restart-'))
  mkdirSync(join(dir, 'renderer'))
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><div id="root"></div>')
  mkdirSync(join(dir, 'seeds'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const startServer = (extra: string[] = []) => {
  const child = spawn(
    process.execPath,
    [
      'bin/run-ts.mjs',
      'src/main/web/serveWeb.ts',
      ...['--library', join(dir, 'library'), '--renderer', join(dir, 'renderer')],
      ...['--seeds', join(dir, 'seeds'), '--no-open', ...extra],
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  return new Promise<{ child: ChildProcess; url: string; output: () => string }>((done, fail) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const url = /Inkstone web mode: (\S+)/.exec(output)?.[1]
      if (url && output.includes('Library: ')) done({ child, url, output: () => output })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => fail(new Error(`exited (${code}) before its address:\n${output}`)))
  })
}

const stopServer = async (child: ChildProcess) => {
  const exited = new Promise((done) => child.once('exit', done))
  child.kill('SIGTERM')
  await exited
}

it('prints the same address after a restart, says where the library is, and serves it', async () => {
  const first = await startServer()
  expect(first.output()).toContain(`Library: ${join(dir, 'library')}`)
  await stopServer(first.child)

  const second = await startServer()
  try {
    expect(second.url).toBe(first.url)
    const page = await fetch(second.url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('id="root"')
  } finally {
    await stopServer(second.child)
  }

  const third = await startServer(['--new-token'])
  try {
    expect(new URL(third.url).port).toBe(new URL(first.url).port)
    expect(third.url).not.toBe(first.url)
    expect((await fetch(first.url)).status).toBe(401)
  } finally {
    await stopServer(third.child)
  }
}, 60_000)
