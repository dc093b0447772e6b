import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../src/shared/contract'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { tempDir } from './tempDir'

const PAGE =
  '市总工会开展困难职工帮扶活动\n\n今年春节前，市总工会走访慰问了全市困难职工家庭，为他们送去慰问金和生活用品。\n'
const TRADITIONAL =
  '市總工會開展困難職工幫扶活動\n\n今年春節前，市總工會走訪慰問了全市困難職工家庭，為他們送去慰問金和生活用品。\n'
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
])

let temp: ReturnType<typeof tempDir>
let library: Library
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(temp.dir, 'pages', name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
  return path
}

beforeEach(() => {
  temp = tempDir('import', true)
  library = openLibrary(join(temp.dir, 'library'))
})
afterEach(() => {
  library.close()
  temp.remove()
})

describe('importPaths', () => {
  it('walks folders recursively, taking .txt, .md, .markdown, .html and .htm only', () => {
    file('a.txt', PAGE)
    file('deeper/b.md', `# 标题\n\n${PAGE}`)
    file('deeper/c.HTM', `<html><body><h1>标题</h1><p>${PAGE}</p></body></html>`)
    file('deeper/notes.pdf', 'not a page')
    file('.hidden/d.txt', PAGE)
    const report = library.importPaths([join(temp.dir, 'pages')])
    expect(report).toMatchObject({ files: 3, skipped: [] })
    expect(library.listSources().map((source) => [source.name, source.format])).toEqual([
      ['a.txt', 'text'],
      ['b.md', 'markdown'],
      ['c.HTM', 'html'],
    ])
  })

  it('skips a file named explicitly with another extension, or missing, saying why', () => {
    const pdf = file('notes.pdf', 'x')
    const missing = join(temp.dir, 'nope.txt')
    expect(library.importPaths([pdf, missing]).skipped).toEqual([
      { path: pdf, reason: { code: 'unsupportedType', params: { extension: '.pdf' } } },
      { path: missing, reason: { code: 'notFound' } },
    ])
  })

  it('skips empty, binary, undecodable and oversized files by name and keeps what it had', () => {
    library.importPaths([temp.seeds])
    const before = library.listStories()
    const good = file('good.txt', PAGE)
    const empty = file('empty.txt', '')
    const blank = file('blank.txt', ' \n\u3000\n')
    const binary = file('data.txt', Uint8Array.from([0x41, 0x00, 0x42]))
    const png = file('image.html', PNG)
    const latin1 = file('latin1.txt', Buffer.from('Le café est très bon à Noël.', 'latin1'))
    const huge = file('huge.txt', '')
    truncateSync(huge, 31 * 1024 * 1024)

    const report = library.importPaths([join(temp.dir, 'pages')])
    expect(report.files).toBe(1)
    expect(new Map(report.skipped.map((skipped) => [skipped.path, skipped.reason]))).toEqual(
      new Map([
        [blank, { code: 'empty' }],
        [binary, { code: 'binary' }],
        [empty, { code: 'empty' }],
        [huge, { code: 'tooLarge', params: { sizeMb: 31, limitMb: 20 } }],
        [png, { code: 'binary' }],
        [latin1, { code: 'undecodable' }],
      ]),
    )
    expect(library.listSources().map((source) => source.path)).toContain(good)
    expect(library.listStories().slice(0, before.length)).toEqual(before)
  })

  it('changes nothing when an unchanged file is imported again', () => {
    const first = library.importPaths([temp.seeds])
    const stories = library.listStories()
    const sources = library.listSources()
    const again = library.importPaths([temp.seeds])
    expect(again).toEqual({ ...first, added: 0, unchanged: first.stories })
    expect(library.listStories()).toEqual(stories)
    expect(library.listSources()).toEqual(sources)
  })

  it('replaces a changed file’s stories in place, keeping ids of unchanged stories', () => {
    library.importPaths([temp.seeds])
    const source = library.listSources()[1]
    const path = source.path!
    const before = library
      .listStories({ sourceId: source.id })
      .map((summary) => library.getStory(summary.id)!)
    library.setRead(before[0].id, true)
    const target = before[before.length - 1]
    // Change a few characters inside the last story's body, leaving its headline alone.
    const sentence = target.originalText
      .split('\n')
      .find((line) => Array.from(line.trim()).length > 30)!
    const text = readFileSync(path, 'utf8')
    writeFileSync(path, text.replace(sentence, sentence.replace(/[\u4e00-\u9fff]{4}/, '修订内容')))

    const report = library.importPaths([path])
    expect(report).toMatchObject({
      files: 1,
      stories: before.length,
      added: 0,
      removed: 0,
      unchanged: before.length - 1,
    })
    const after = library
      .listStories({ sourceId: source.id })
      .map((summary) => library.getStory(summary.id)!)
    expect(after.map((story) => story.id)).toEqual(before.map((story) => story.id))
    expect(after[after.length - 1].body).toContain('修订内容')
    expect(after[0].isRead).toBe(true)
    expect(library.listSources()[1].id).toBe(source.id)
    expect(library.search('修订内容').map((hit) => hit.id)).toEqual([target.id])
  })

  it('drops stories that are gone and adds new ones when a file is rewritten', () => {
    const path = file('page.txt', PAGE)
    library.importPaths([path])
    const [old] = library.listStories()
    writeFileSync(path, readFileSync(join(temp.seeds, '000_a6102d58e25d08d6.txt')))
    const report = library.importPaths([path])
    expect(report.removed).toBe(1)
    expect(report.added).toBe(report.stories)
    expect(library.getStory(old.id)).toBeNull()
    expect(library.listSources()).toHaveLength(1)
  })

  it('decodes GB18030 and Big5 pages, and re-reads a page when told its encoding', () => {
    const gb = file('gb.txt', iconv.encode(PAGE, 'gb18030'))
    const big5 = file('big5.txt', iconv.encode(TRADITIONAL, 'big5'))
    library.importPaths([gb, big5])
    expect(library.listSources().map((source) => source.encoding)).toEqual(['gb18030', 'big5'])
    const [story] = library.listStories({ sourceId: library.listSources()[1].id })
    expect(library.getStory(story.id)!.originalText).toContain('困難職工')

    const report = library.importPaths([big5], { encoding: 'gbk' })
    expect(report.unchanged).toBe(0)
    expect(library.listSources()[1].encoding).toBe('gbk')
    expect(() => library.importPaths([big5], { encoding: 'nope' })).toThrow(
      /unknown encoding "nope"/,
    )
  })

  it('reports progress for each file', () => {
    const seen: ImportProgress[] = []
    library.importPaths([temp.seeds], { onProgress: (progress) => seen.push(progress) })
    expect(seen.map(({ done, total }) => [done, total])).toEqual(
      [1, 2, 3, 4, 5].map((done) => [done, 5]),
    )
    expect(seen[4].path).toMatch(/004_ba5114582805602c\.txt$/)
  })
})

describe('importUploads', () => {
  it('imports pages given as bytes and skips what it cannot read', () => {
    const report = library.importUploads([
      { name: 'upload.txt', bytes: new TextEncoder().encode(PAGE) },
      { name: 'photo.png', bytes: PNG },
      { name: 'fake.html', bytes: PNG },
    ])
    expect(report.files).toBe(1)
    expect(report.skipped).toEqual([
      { path: 'photo.png', reason: { code: 'unsupportedType', params: { extension: '.png' } } },
      { path: 'fake.html', reason: { code: 'binary' } },
    ])
    expect(library.listSources()[0]).toMatchObject({
      name: 'upload.txt',
      origin: 'upload',
      path: null,
    })
    expect(library.search('困难职工')).toHaveLength(1)
  })
})
