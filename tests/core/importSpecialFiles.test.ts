import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import type { SkipReason } from '../../src/shared/messages'
import type { SkippedFile } from '../../src/shared/types'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { readDocument } from '../../src/main/core/import/readDocument'
import { tempDir } from './tempDir'

const PAGE =
  '市总工会开展困难职工帮扶活动\n\n今年春节前，市总工会走访慰问了全市困难职工家庭，为他们送去慰问金和生活用品。\n'

let temp: ReturnType<typeof tempDir>
let library: Library
let pages: string

beforeEach(() => {
  temp = tempDir('special', false)
  library = openLibrary(join(temp.dir, 'library'))
  pages = join(temp.dir, 'pages')
  mkdirSync(pages)
  writeFileSync(join(pages, 'good.txt'), PAGE)
})
afterEach(() => {
  library.close()
  temp.remove()
})

const reasons = (skipped: SkippedFile[]): Map<string, SkipReason> =>
  new Map(skipped.map((item) => [item.path, item.reason]))

// A FIFO nobody writes to blocks a plain open() forever; these tests hang without the fix.
describe('special files', { timeout: 20000 }, () => {
  it('skips a FIFO named like a page, in a folder and named explicitly', () => {
    const fifo = join(pages, 'x.txt')
    execFileSync('mkfifo', [fifo])
    const inFolder = library.importPaths([pages])
    expect(inFolder.files).toBe(1)
    expect(reasons(inFolder.skipped)).toEqual(
      new Map([[fifo, { code: 'notRegular', params: { kind: 'fifo' } }]]),
    )
    const named = library.importPaths([fifo])
    expect(named).toMatchObject({
      files: 0,
      skipped: [{ path: fifo, reason: { code: 'notRegular', params: { kind: 'fifo' } } }],
    })
  })

  it('skips symlinks to /dev/zero and /dev/urandom without reading them', () => {
    const zero = join(pages, 'zero.txt')
    const random = join(pages, 'random.html')
    symlinkSync('/dev/zero', zero)
    symlinkSync('/dev/urandom', random)
    const before = process.memoryUsage().rss
    const report = library.importPaths([pages, zero])
    expect(report.files).toBe(1)
    expect(reasons(report.skipped)).toEqual(
      new Map([
        [zero, { code: 'notRegular', params: { kind: 'characterDevice' } }],
        [random, { code: 'notRegular', params: { kind: 'characterDevice' } }],
      ]),
    )
    // Reading either device would take gigabytes; skipping it takes nothing.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024)
  })

  it('passes over special files without a page extension in a folder silently', () => {
    execFileSync('mkfifo', [join(pages, 'pipe')])
    symlinkSync('/dev/null', join(pages, 'null'))
    expect(library.importPaths([pages])).toMatchObject({ files: 1, skipped: [] })
  })

  it('refuses a special file at read time too, should one take a page’s place after the walk', () => {
    const fifo = join(pages, 'late.txt')
    execFileSync('mkfifo', [fifo])
    expect(readDocument(fifo, 'text')).toEqual({
      reason: { code: 'notRegular', params: { kind: 'fifo' } },
    })
    expect(readDocument('/dev/zero', 'text')).toEqual({
      reason: { code: 'notRegular', params: { kind: 'characterDevice' } },
    })
    expect(readDocument(join(pages, 'gone.txt'), 'text')).toEqual({
      reason: { code: 'notFound' },
    })
  })
})
