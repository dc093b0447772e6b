import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { Parser } from 'htmlparser2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportBundle } from '../../src/main/core/export/exportBundle'
import { gatherExport } from '../../src/main/core/export/gatherExport'
import { toEpub } from '../../src/main/core/export/toEpub'
import { EXPORT_NOW, exportFixture, normaliseExport, type ExportFixture } from './exportFixture'
import { hazardLibrary, type HazardLibrary } from './exportHtmlHazards'
import { tempDir } from './tempDir'

const GOLDEN = join(import.meta.dirname, 'fixtures/export')
const EPUBCHECK = '/usr/bin/epubcheck'
const HAS_EPUBCHECK = existsSync(EPUBCHECK)
const checkTitle = HAS_EPUBCHECK
  ? 'passes epubcheck with no error and no warning'
  : `passes epubcheck (skipped: ${EPUBCHECK} is not installed; apt-get install epubcheck)`

/** epubcheck's verdict on a book: its summary counts and the lines that explain them. */
function epubcheck(book: Uint8Array): { errors: number; warnings: number; output: string } {
  const temp = tempDir('epubcheck')
  try {
    const file = join(temp.dir, 'book.epub')
    writeFileSync(file, book)
    // Debian links the command to the jar itself, which runs only where binfmt knows jars.
    const isJar = readFileSync(EPUBCHECK).subarray(0, 2).toString('latin1') === 'PK'
    const [command, args] = isJar ? ['java', ['-jar', EPUBCHECK, file]] : [EPUBCHECK, [file]]
    const run = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000 })
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`
    const summary = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(output)
    if (!summary) throw new Error(`epubcheck gave no summary:\n${output}${run.error ?? ''}`)
    const [fatals, errors, warnings] = summary.slice(1).map(Number)
    return { errors: fatals + errors, warnings, output }
  } finally {
    temp.remove()
  }
}

const unzip = (book: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(book)).map(([path, data]) => [path, strFromU8(data)]))

/** Problems that make XHTML ill-formed: unbalanced tags, unknown entities, forbidden characters. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = []
  const open: string[] = []
  const parser = new Parser(
    {
      onopentag: (name) => open.push(name),
      onclosetag: (name) => {
        if (open.pop() !== name) problems.push(`</${name}> closes the wrong element`)
      },
    },
    { xmlMode: true, recognizeSelfClosing: true },
  )
  parser.write(xml)
  parser.end()
  if (open.length > 0) problems.push(`unclosed: ${open.join(', ')}`)
  for (const entity of xml.match(/&[^#][^;]*;|&(?!#\d+;)/g) ?? []) problems.push(`entity ${entity}`)
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) problems.push('control')
  return problems
}

describe('toEpub on the export fixture', () => {
  let fixture: ExportFixture
  beforeAll(() => {
    fixture = exportFixture()
  })
  afterAll(() => fixture.remove())
  const bundle = (isHighlightsOnly = false, now = EXPORT_NOW) =>
    gatherExport(fixture.library, fixture.request('epub', isHighlightsOnly), () => now)

  it.skipIf(!HAS_EPUBCHECK)(
    `${checkTitle}: the text and highlights-only`,
    () => {
      for (const isHighlightsOnly of [false, true]) {
        const verdict = epubcheck(toEpub(bundle(isHighlightsOnly)))
        expect(verdict, verdict.output).toMatchObject({ errors: 0, warnings: 0 })
      }
    },
    240_000,
  )

  it('puts an uncompressed mimetype first, then the container and the package', () => {
    const book = toEpub(bundle())
    const header = Buffer.from(book.buffer, book.byteOffset, 64)
    expect(header.readUInt32LE(0)).toBe(0x04034b50)
    expect(header.readUInt16LE(8)).toBe(0) // stored
    expect(header.readUInt16LE(28)).toBe(0) // no extra field
    expect(header.toString('latin1', 30, 38 + 20)).toBe('mimetypeapplication/epub+zip')
    const files = unzip(book)
    expect(Object.keys(files).slice(0, 3)).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/content.opf',
    ])
    expect(files['META-INF/container.xml']).toContain('full-path="OEBPS/content.opf"')
    expect(Object.keys(files).filter((path) => /\.(otf|ttf|woff2?)$/i.test(path))).toEqual([])
  })

  it('describes the book: a stable urn:uuid, its title, zh, when it was modified', () => {
    const opf = unzip(toEpub(bundle()))['OEBPS/content.opf']
    const id = /<dc:identifier id="book-id">(urn:uuid:[0-9a-f-]{36})<\/dc:identifier>/.exec(opf)
    expect(id).not.toBeNull()
    expect(id![1]).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-/)
    expect(opf).toContain('<dc:title>工会精选: 劳模/帮扶</dc:title>')
    expect(opf).toMatch(/<dc:language>zh<\/dc:language>\n<dc:date>/)
    expect(opf).toContain('<meta property="dcterms:modified">2024-05-04T12:00:00Z</meta>')
    // The same collection exported later is the same book; highlights-only is another.
    const later = unzip(toEpub(bundle(false, new Date('2025-01-01T00:00:00Z'))))[
      'OEBPS/content.opf'
    ]
    expect(later).toContain(id![1])
    expect(later).toContain('<meta property="dcterms:modified">2025-01-01T00:00:00Z</meta>')
    expect(unzip(toEpub(bundle(true)))['OEBPS/content.opf']).not.toContain(id![1])
  })

  it('has a navigation document and a chapter per story in the collection order', () => {
    const made = bundle()
    const files = unzip(toEpub(made))
    const nav = files['OEBPS/nav.xhtml']
    const titles = made.stories.map((item) => item.story.title)
    const entries = [...nav.matchAll(/<li><a href="(story-\d{3}\.xhtml)">([^<]*)<\/a><\/li>/g)]
    expect(entries.map((entry) => entry[1])).toEqual(titles.map((_, i) => `story-00${i + 1}.xhtml`))
    expect(nav).toContain('<nav epub:type="toc" id="toc" role="doc-toc">')
    expect(entries[3][2]).toBe('Photo: 党史进工地 &#60;传递&#62; &#38; &#34;正能量&#34; 1/2')
    for (const [path, content] of Object.entries(files).filter(([p]) => p.endsWith('.xhtml'))) {
      expect(xmlProblems(content), path).toEqual([])
    }
  })

  it('writes notes as EPUB footnotes that point at their references and back', () => {
    const chapter = unzip(toEpub(bundle()))['OEBPS/story-001.xhtml']
    const refs = [...chapter.matchAll(/<a href="#(s1-fn\d)" id="(s1-ref\d)" epub:type="noteref"/g)]
    expect(refs.map((ref) => ref[1])).toEqual(['s1-fn1', 's1-fn2', 's1-fn3'])
    for (const [, note, ref] of refs) {
      expect(chapter).toContain(`<aside class="footnote" id="${note}" epub:type="footnote"`)
      expect(chapter).toContain(`<a href="#${ref}" role="doc-backlink"`)
    }
    expect(chapter).toContain(
      '<mark class="hl hl-yellow" title="重点">“四点半课堂”福利性托管班</mark>',
    )
  })

  it('matches the golden files', async () => {
    for (const isHighlightsOnly of [false, true]) {
      const made = bundle(isHighlightsOnly)
      const files = unzip(toEpub(made))
      const variant = isHighlightsOnly ? 'epub-highlights-only' : 'epub-collection'
      const golden = isHighlightsOnly
        ? ['OEBPS/story-001.xhtml', 'OEBPS/story-002.xhtml']
        : ['OEBPS/content.opf', 'OEBPS/nav.xhtml', 'OEBPS/story-001.xhtml', 'OEBPS/story-002.xhtml']
      for (const path of golden) {
        const text = normaliseExport(files[path], made, fixture.dir)
        await expect(text).toMatchFileSnapshot(join(GOLDEN, `${variant}-${path.split('/')[1]}`))
      }
    }
  })
})

describe('toEpub on hostile and unusual text', () => {
  let hazards: HazardLibrary
  beforeAll(() => {
    hazards = hazardLibrary()
  })
  afterAll(() => hazards.remove())

  it.skipIf(!HAS_EPUBCHECK)(
    `${checkTitle}: XSS, astral and control characters, no story`,
    () => {
      const empty: ExportBundle = { ...hazards.bundle(), stories: [] }
      // One run each takes seconds of a JVM: the mixed book covers the English chapter.
      for (const made of [hazards.bundle(), empty]) {
        const verdict = epubcheck(toEpub(made))
        expect(verdict, verdict.output).toMatchObject({ errors: 0, warnings: 0 })
      }
    },
    240_000,
  )

  it('writes well-formed XHTML with no script whatever notes and titles hold', () => {
    for (const isHighlightsOnly of [false, true]) {
      const files = unzip(toEpub(hazards.bundle(isHighlightsOnly)))
      for (const [path, content] of Object.entries(files).filter(([p]) => p.endsWith('.xhtml'))) {
        expect(xmlProblems(content), path).toEqual([])
        expect(content, path).not.toMatch(
          /<(script|img|iframe|svg|object|embed|style)\b|<[^>]*\son\w+\s*=/i,
        )
        expect(content, path).not.toMatch(/(href|src)="(javascript|data):/i)
      }
    }
  })

  it('gives an English story an English chapter, and an all-English book English metadata', () => {
    const files = unzip(toEpub(hazards.bundle()))
    expect(files['OEBPS/story-001.xhtml']).toContain('lang="zh" xml:lang="zh"')
    expect(files['OEBPS/story-002.xhtml']).toContain('lang="en" xml:lang="en"')
    expect(files['OEBPS/content.opf']).toContain(
      '<dc:language>zh</dc:language>\n<dc:language>en</dc:language>',
    )
    const english = unzip(toEpub(hazards.englishBundle()))
    expect(english['OEBPS/content.opf']).toMatch(/<dc:language>en<\/dc:language>\n<dc:date>/)
    expect(english['OEBPS/nav.xhtml']).toContain('<h2>Contents</h2>')
    expect(english['OEBPS/nav.xhtml']).toContain('1 story · 1 highlight')
    expect(english['OEBPS/content.opf']).toContain('<dc:title>A Quiet Morning</dc:title>')
  })
})
