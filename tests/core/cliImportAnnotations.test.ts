import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { gatherExport } from '../../src/main/core/export/gatherExport'
import { toWebAnnotations } from '../../src/main/core/export/toWebAnnotations'
import { runCliIn } from './cliHarness'
import { EXPORT_NOW, exportFixture, type ExportFixture } from './exportFixture'
import { tempDir } from './tempDir'

let fixture: ExportFixture
let exported: string
let total: number
beforeAll(() => {
  fixture = exportFixture()
  const bundle = gatherExport(fixture.library, fixture.request('jsonld'), () => EXPORT_NOW)
  const document = toWebAnnotations(bundle)
  total = document.total
  exported = `${JSON.stringify(document, null, 2)}\n`
})
afterAll(() => fixture.remove())

let temp: ReturnType<typeof tempDir>
let library: string
beforeEach(() => {
  temp = tempDir('cli-import-annotations')
  library = join(temp.dir, 'library')
})
afterEach(() => temp.remove())

const cli = (...argv: string[]) => runCliIn(temp.dir, [...argv, '--library', library])
const file = (name: string, data: string | Uint8Array): string => {
  const path = join(temp.dir, name)
  writeFileSync(path, data)
  return path
}

describe('inkstone import-annotations', () => {
  it('restores a JSON-LD export into a library of the same pages, then changes nothing', () => {
    expect(cli('import', join(fixture.dir, 'seeds')).code).toBe(0)
    const path = file('精选 批注.jsonld', exported)
    const first = cli('import-annotations', path, '--json')
    expect(first.code).toBe(0)
    // Exactly the four fields, in this order.
    expect(first.stdout).toBe(
      `${JSON.stringify({ annotations: total, restored: total - 1, orphaned: 1, unchanged: 0 }, null, 2)}\n`,
    )
    expect(JSON.parse(cli('import-annotations', path, '--json').stdout)).toEqual({
      annotations: total,
      restored: 0,
      orphaned: 1,
      unchanged: total - 1,
    })
    const highlights = JSON.parse(cli('highlights', '--json').stdout) as Array<{ note: string }>
    expect(highlights.map((h) => h.note)).toContain('+ 电影同名')
  })

  it('says what it did in a sentence, with a file that starts with a BOM', () => {
    expect(cli('import', join(fixture.dir, 'seeds')).code).toBe(0)
    const path = file('bom.jsonld', `\uFEFF${exported}`)
    const run = cli('import-annotations', path)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toBe(
      `Read ${total} annotations from ${path}: ${total - 1} restored, 0 unchanged, 1 orphaned.\n` +
        'The orphan is on a story or passage this library does not hold; nothing was added for it.\n',
    )
  })

  it('gives one line naming the file and the reason when it cannot be read', () => {
    const missing = join(temp.dir, '没有.jsonld')
    const folder = join(temp.dir, 'folder.jsonld')
    mkdirSync(folder)
    const cases: Array<[string, RegExp]> = [
      [missing, /^inkstone: cannot read .*没有\.jsonld: no such file\n$/],
      [folder, /^inkstone: cannot read .*folder\.jsonld: it is a folder\n$/],
      [file('cut.jsonld', exported.slice(0, 500)), /^inkstone: .*cut\.jsonld is not JSON: .+\n$/],
      [file('empty.jsonld', ''), /^inkstone: .*empty\.jsonld is not JSON: .+\n$/],
      [
        file('latin1.jsonld', new Uint8Array([0x7b, 0xe9, 0x7d])),
        /^inkstone: .*latin1\.jsonld is not JSON: it is not UTF-8 text\n$/,
      ],
    ]
    const expectRefused = ([path, message]: [string, RegExp]) => {
      const run = cli('import-annotations', path)
      expect(run.code, path).toBe(1)
      expect(run.stdout, path).toBe('')
      expect(run.stderr, path).toMatch(message)
    }
    cases.forEach(expectRefused)
    // A file that is not JSON never creates or opens a library.
    expect(existsSync(library)).toBe(false)
    expectRefused([
      file('package.json', '{"name":"x"}'),
      /^inkstone: .*package\.json is not an annotation file Inkstone can read: @context: missing\n$/,
    ])
  })

  it('names the annotation that is wrong, and wants exactly one file', () => {
    const document = JSON.parse(exported)
    document.first.items[3].target.selector[1].end = -5
    const run = cli('import-annotations', file('bad.jsonld', JSON.stringify(document)), '--json')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /bad\.jsonld is not an annotation file Inkstone can read: first\.items\[3\]\.target\[0\]\.selector\[1\]\.end: Too small/,
    )
    expect(cli('import-annotations').code).toBe(2)
    expect(cli('import-annotations', 'a.jsonld', 'b.jsonld').code).toBe(2)
    expect(cli('help', 'import-annotations').stdout).toContain(
      'Usage: inkstone import-annotations <file.jsonld>',
    )
  })
})
