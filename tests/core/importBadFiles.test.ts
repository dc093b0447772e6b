import { mkdirSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { decodeText } from '../../src/main/core/import/decodeText'
import { readDocument } from '../../src/main/core/import/readDocument'
import { MAX_FILE_BYTES } from '../../src/shared/limits'
import { tempDir } from './tempDir'

const PAGE =
  '市总工会开展困难职工帮扶活动\n\n今年春节前，市总工会走访慰问了全市困难职工家庭，为他们送去慰问金和生活用品。\n'

let temp: ReturnType<typeof tempDir>
let library: Library
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(temp.dir, 'pages', name)
  writeFileSync(path, content)
  return path
}

beforeEach(() => {
  temp = tempDir('bad', false)
  mkdirSync(join(temp.dir, 'pages'))
  library = openLibrary(join(temp.dir, 'library'))
})
afterEach(() => {
  library.close()
  temp.remove()
})

describe('bad files are skipped with a reason naming them', () => {
  it('reports empty, binary, truncated and oversized pages, and imports the good one', () => {
    const utf8 = new TextEncoder().encode(PAGE.trimEnd())
    const good = file('good.txt', PAGE)
    const empty = file('empty.md', '')
    const binary = file('binary.html', Uint8Array.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02]))
    // Cut inside the last character: two of its three bytes.
    const truncated = file('truncated.txt', utf8.subarray(0, utf8.length - 1))
    const huge = file('huge.txt', '')
    truncateSync(huge, MAX_FILE_BYTES + 1)
    const report = library.importPaths([join(temp.dir, 'pages')])
    expect(report.files).toBe(1)
    expect(new Map(report.skipped.map((item) => [item.path, item.reason]))).toEqual(
      new Map([
        [binary, { code: 'binary' }],
        [empty, { code: 'empty' }],
        [huge, { code: 'tooLarge', params: { sizeMb: 21, limitMb: 20 } }],
        [truncated, { code: 'truncated' }],
      ]),
    )
    expect(library.listSources().map((source) => source.path)).toEqual([good])
  })

  it('reads a file of exactly the size limit', () => {
    const path = file('limit.txt', '')
    truncateSync(path, MAX_FILE_BYTES)
    const document = readDocument(path, 'text')
    expect('bytes' in document && document.bytes.length).toBe(MAX_FILE_BYTES)
  })

  it('keeps GB18030 pages that are not truncated UTF-8', () => {
    const gb = Uint8Array.from([0xb9, 0xa4, 0xbb, 0xe1, 0xd6, 0xb0, 0xb9, 0xa4, 0xa1, 0xa3])
    expect(decodeText(gb)).toEqual({
      ok: true,
      text: '工会职工。',
      encoding: 'gb18030',
      replacements: 0,
    })
  })
})
