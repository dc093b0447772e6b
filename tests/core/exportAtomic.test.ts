import { spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempOwner } from '../../src/main/core/export/exportTempNames'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { readExistingIn, writeExportFiles } from '../../src/main/core/export/writeExportFiles'
import { LINES, MARKDOWN_FILES, killTestContent } from './fixtures/export/killedWriter'
import { tempDir } from './tempDir'

const ROOT = resolve(import.meta.dirname, '../..')
const WRITER = join(import.meta.dirname, 'fixtures/export/killedWriter.ts')

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** Entries of `dir` that are Inkstone temp files: hidden (dot) names no export lists. */
const temps = (dir: string) => readdirSync(dir).filter((name) => tempOwner(name) !== null)

/**
 * Starts the writer and SIGKILLs it: after a random while (any moment, renames included), or
 * as soon as a temp file shows in `watch` (inside a write, the moment that matters most).
 */
const writeThenKill = async (
  out: string,
  format: 'csv' | 'markdown',
  watch: string | null,
): Promise<void> => {
  const child = spawn(process.execPath, ['bin/run-ts.mjs', WRITER, out, format], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const closed = new Promise<void>((done) => child.on('close', () => done()))
  await new Promise<void>((ready, fail) => {
    child.stdout.once('data', () => ready())
    child.on('close', (code) => fail(new Error(`writer exited ${code} before writing: ${stderr}`)))
  })
  if (watch === null) await sleep(40 + Math.random() * 400)
  else {
    const until = Date.now() + 10_000
    while (Date.now() < until && !(existsSync(watch) && temps(watch).length > 0)) await sleep(1)
  }
  child.kill('SIGKILL')
  await closed
  expect(stderr).toBe('')
}

/** True when `path` holds one whole version of a test export, byte for byte. */
const isWhole = (path: string, lines: number): boolean => {
  const bytes = readFileSync(path)
  const header = /^inkstone-kill-test (\d+) /.exec(bytes.subarray(0, 64).toString())
  return header !== null && bytes.equals(killTestContent(Number(header[1]), lines))
}

let temp: ReturnType<typeof tempDir>
beforeEach(() => {
  temp = tempDir('atomic')
})
afterEach(() => temp.remove())

describe('an export killed mid-way', () => {
  it('leaves no partial file: the target is absent or a whole earlier version', async () => {
    const out = join(temp.dir, 'exports', '摘录.csv')
    let killedMidWrite = 0
    for (let round = 0; round < 12; round++) {
      await writeThenKill(out, 'csv', round % 2 === 0 ? null : join(temp.dir, 'exports'))
      // Killed before its first write made the folder.
      if (!existsSync(join(temp.dir, 'exports'))) continue
      if (existsSync(out)) expect(isWhole(out, LINES.csv)).toBe(true)
      const left = temps(join(temp.dir, 'exports'))
      if (left.length > 0) killedMidWrite++
      // Anything else in the folder would be a torn export under another name.
      expect(readdirSync(join(temp.dir, 'exports')).sort()).toEqual(
        [...left, ...(existsSync(out) ? ['摘录.csv'] : [])].sort(),
      )
      expect(left.every((name) => name.startsWith('.摘录.csv.inkstone-tmp-'))).toBe(true)
    }
    // The kills did land inside writes (else this test proves nothing).
    expect(killedMidWrite).toBeGreaterThan(0)
    // The next export removes what the killed writers left (their processes are gone).
    writeExportFiles(out, 'csv', [{ path: 'export.csv', data: killTestContent(0, 10) }])
    expect(readdirSync(join(temp.dir, 'exports'))).toEqual(['摘录.csv'])
    expect(isWhole(out, 10)).toBe(true)
  }, 180_000)

  it('leaves every file of a Markdown folder whole or absent', async () => {
    const out = join(temp.dir, 'vault')
    let killedMidWrite = 0
    let checked = 0
    for (let round = 0; round < 6; round++) {
      await writeThenKill(out, 'markdown', round % 2 === 0 ? null : out)
      if (!existsSync(out)) continue
      const left = temps(out)
      if (left.length > 0) killedMidWrite++
      for (const name of readdirSync(out)) {
        if (left.includes(name)) continue
        checked++
        expect(name).toMatch(new RegExp(`^篇 [0-${MARKDOWN_FILES - 1}]\\.md$`))
        expect(isWhole(join(out, name), LINES.markdown)).toBe(true)
      }
    }
    expect(killedMidWrite).toBeGreaterThan(0)
    expect(checked).toBeGreaterThan(0)
    writeExportFiles(out, 'markdown', [{ path: '篇 0.md', data: killTestContent(0, 10) }])
    expect(temps(out)).toEqual([])
  }, 180_000)
})

describe('writeExportFiles', () => {
  it('replaces a file whole, keeping its permissions and following a symlink to it', () => {
    const real = join(temp.dir, 'real.json')
    writeFileSync(real, 'old')
    chmodSync(real, 0o600)
    const link = join(temp.dir, 'link.json')
    symlinkSync(real, link)
    writeExportFiles(link, 'jsonld', [{ path: 'x.jsonld', data: '{"a":"新"}' }])
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(real, 'utf8')).toBe('{"a":"新"}')
    expect(statSync(real).mode & 0o777).toBe(0o600)
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff])
    writeExportFiles(join(temp.dir, 'new', 'book.epub'), 'epub', [{ path: 'b.epub', data: bytes }])
    expect(new Uint8Array(readFileSync(join(temp.dir, 'new', 'book.epub')))).toEqual(bytes)
    expect(readdirSync(temp.dir).sort()).toEqual(['link.json', 'new', 'real.json'])
  })

  it('writes a Markdown folder, in subfolders too, and refuses paths outside it', () => {
    const out = join(temp.dir, 'vault')
    writeExportFiles(out, 'markdown', [
      { path: '甲.md', data: '甲' },
      { path: 'sub/乙.md', data: '乙' },
    ])
    expect(readExistingIn(out)('甲.md')).toBe('甲')
    expect(readExistingIn(out)('sub/乙.md')).toBe('乙')
    expect(readExistingIn(out)('丙.md')).toBeNull()
    expect(readExistingIn(out)('../vault/甲.md')).toBeNull()
    for (const path of ['../escape.md', '/etc/passwd', 'sub/../../x.md']) {
      expect(() => writeExportFiles(out, 'markdown', [{ path, data: 'x' }])).toThrow(LibraryError)
    }
    expect(readdirSync(temp.dir)).toEqual(['vault'])
  })

  it('refuses several files for a one-file format, and leaves nothing behind when a write fails', () => {
    const out = join(temp.dir, 'a.csv')
    const two = [
      { path: 'a', data: '1' },
      { path: 'b', data: '2' },
    ]
    expect(() => writeExportFiles(out, 'csv', two)).toThrow(LibraryError)
    mkdirSync(out)
    expect(() => writeExportFiles(out, 'csv', [{ path: 'a.csv', data: 'x' }])).toThrow()
    expect(readdirSync(temp.dir)).toEqual(['a.csv'])
    expect(readdirSync(out)).toEqual([])
  })

  it("keeps a running writer's temp file, and removes a dead or day-old one", () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!
    const live = `.a.html.inkstone-tmp-${process.ppid}-0a1b2c3d`
    const old = `.a.html.inkstone-tmp-${process.ppid}-99999999`
    const gone = `.a.html.inkstone-tmp-${dead}-0a1b2c3d`
    const other = `.b.html.inkstone-tmp-${dead}-0a1b2c3d`
    for (const name of [live, old, gone, other]) writeFileSync(join(temp.dir, name), 'x')
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000)
    utimesSync(join(temp.dir, old), twoDaysAgo, twoDaysAgo)
    writeExportFiles(join(temp.dir, 'a.html'), 'html', [{ path: 'a.html', data: '<p>新</p>' }])
    // Only a.html's leftovers are its business; b.html's wait for an export of b.html.
    expect(readdirSync(temp.dir).sort()).toEqual([live, other, 'a.html'].sort())
  })
})
