import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { runCliIn } from './cliHarness'
import { damaged, lineEnds, longPage, spread } from './decodeDamagedFixture'
import { tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let library: Library
let pages: string
const LIBRARY = (): string => join(temp.dir, 'library')

beforeEach(() => {
  temp = tempDir('damaged', false)
  pages = join(temp.dir, 'pages')
  mkdirSync(pages)
  library = openLibrary(LIBRARY())
})
afterEach(() => {
  library.close()
  temp.remove()
})

const write = (name: string, bytes: Uint8Array): string => {
  const path = join(pages, name)
  writeFileSync(path, bytes)
  return path
}

// 12 broken sequences in some 12,500 characters, and 3 in some 2,100: one read, one refused.
const PAGE = longPage(12_500, 'simplified')
const MOSTLY = damaged(PAGE, 'gbk', { cut: spread(lineEnds(PAGE), 12, 4) })
const SHORT = longPage(2_100, 'simplified')
const TOO_DAMAGED = damaged(SHORT, 'gbk', { insertFf: spread(lineEnds(SHORT), 3, 1) })

const storedText = (sourceName: string): string =>
  library
    .listStories()
    .filter((story) => story.sourceName === sourceName)
    .map((story) => library.getStory(story.id)!.originalText)
    .join('\n')

describe('importing damaged pages', () => {
  it('reads a mostly valid page with its replacements reported, refusing one too damaged', () => {
    const mostly = write('通讯.txt', MOSTLY.bytes)
    const tooDamaged = write('残页.txt', TOO_DAMAGED.bytes)
    const report = library.importPaths([pages])
    expect(report.files).toBe(1)
    expect(report.repaired).toEqual([{ path: mostly, encoding: 'gb18030', replacements: 12 }])
    expect(report.skipped).toEqual([{ path: tooDamaged, reason: { code: 'undecodable' } }])
    const [source] = library.listSources()
    expect(source).toMatchObject({ name: '通讯.txt', encoding: 'gb18030' })
    const text = storedText('通讯.txt')
    expect(Array.from(text).filter((char) => char === '\ufffd')).toHaveLength(12)
    expect(text).toContain('职工技能大赛吸引了全市两百多家企业的三千余名职工报名参加。')

    // The same bytes again: the page is as it was, nothing is read or reported again.
    const again = library.importPaths([mostly])
    expect(again).toMatchObject({ files: 1, added: 0, repaired: [] })
  })

  it('forces an encoding on a page too damaged to detect, counting the replacements', () => {
    const path = write('残页.txt', TOO_DAMAGED.bytes)
    const report = library.importPaths([path], { encoding: 'gb18030' })
    expect(report.skipped).toEqual([])
    expect(report.repaired).toEqual([{ path, encoding: 'gb18030', replacements: 3 }])
    // Every character as decoded, however the splitter cuts the page into stories.
    const characters = (text: string): string => text.replace(/\s+/g, '')
    expect(characters(storedText('残页.txt'))).toBe(characters(TOO_DAMAGED.expected))
  })

  it('forces the encoding of uploads too', () => {
    const report = library.importUploads([{ name: '残页.txt', bytes: TOO_DAMAGED.bytes }], {
      encoding: 'gbk',
    })
    expect(report.repaired).toEqual([{ path: '残页.txt', encoding: 'gbk', replacements: 3 }])
    expect(report.files).toBe(1)
  })

  it('prints the repaired pages on the command line and in --json', () => {
    const mostly = write('通讯.txt', MOSTLY.bytes)
    library.close()
    const human = runCliIn(temp.dir, ['import', mostly, '--library', LIBRARY()])
    expect(human.code).toBe(0)
    expect(human.stdout).toContain(
      `Read with broken bytes shown as \ufffd (1 file):\n  ${mostly}: 12 sequences replaced (gb18030)`,
    )
    const forced = write('残页.txt', TOO_DAMAGED.bytes)
    const json = runCliIn(temp.dir, [
      'import',
      forced,
      '--encoding',
      'gb18030',
      '--json',
      '--library',
      LIBRARY(),
    ])
    expect(JSON.parse(json.stdout).repaired).toEqual([
      { path: forced, encoding: 'gb18030', replacements: 3 },
    ])
    library = openLibrary(LIBRARY())
  })
})
