import { join } from 'node:path'
import { DomUtils, parseDocument } from 'htmlparser2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gatherExport } from '../../src/main/core/export/gatherExport'
import { toHtml } from '../../src/main/core/export/toHtml'
import type { ExportBundle } from '../../src/main/core/export/exportBundle'
import { paragraphsOf } from '../../src/shared/text/paragraphs'
import { EXPORT_NOW, exportFixture, normaliseExport, type ExportFixture } from './exportFixture'
import { hazardLibrary, XSS, type HazardLibrary } from './exportHtmlHazards'

const GOLDEN = join(import.meta.dirname, 'fixtures/export')
// What XML 1.0 forbids: the export drops it from the text it writes.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

// htmlparser2's own node types, without importing domhandler (a dependency of a dependency).
type Document = ReturnType<typeof parseDocument>
type ChildNode = Document['children'][number]
type Element = ReturnType<typeof DomUtils.findAll>[number]

const isElement = (node: ChildNode): node is Element => node.type === 'tag'
const elements = (root: Document | Element, name?: string): Element[] =>
  DomUtils.findAll((el) => name === undefined || el.name === name, [root])
const byClass = (root: Document | Element, className: string): Element[] =>
  DomUtils.findAll((el) => (el.attribs.class ?? '').split(' ').includes(className), [root])
const text = (node: ChildNode | ChildNode[]): string => DomUtils.textContent(node)

/** The text of each run of adjacent <mark>s in a paragraph (footnote references pass through). */
function markRuns(root: Document | Element): string[] {
  const runs: string[] = []
  for (const paragraph of elements(root, 'p')) {
    let run: string | null = null
    for (const child of paragraph.children) {
      if (isElement(child) && child.name === 'sup') continue
      if (isElement(child) && child.name === 'mark') run = (run ?? '') + text(child)
      else if (run !== null) {
        runs.push(run)
        run = null
      }
    }
    if (run !== null) runs.push(run)
  }
  return runs
}

/** Every part of every placed highlight's quote is marked, in its story's text. */
function expectEveryQuoteMarked(html: string, bundle: ExportBundle): void {
  const doc = parseDocument(html)
  bundle.stories.forEach((item, index) => {
    const article = elements(doc, 'article').find((el) => el.attribs.id === `s${index + 1}`)!
    const body = byClass(article, 'story-body')[0]
    const runs = markRuns(body)
    for (const h of item.highlights.filter((h) => !h.isOrphan)) {
      for (const part of paragraphsOf(h.quote.exact.replace(FORBIDDEN, ''))) {
        expect(
          runs.some((run) => run.includes(part)),
          part,
        ).toBe(true)
      }
    }
  })
}

/** Footnote references and footnotes point at each other, numbered 1.. in text order. */
function expectFootnotesLinked(doc: Document): void {
  const ids = elements(doc).flatMap((el) => (el.attribs.id ? [el.attribs.id] : []))
  expect(new Set(ids).size).toBe(ids.length)
  for (const article of elements(doc, 'article')) {
    const refs = elements(article, 'a').filter((a) => a.attribs.role === 'doc-noteref')
    expect(refs.map((a) => text(a))).toEqual(refs.map((_, i) => String(i + 1)))
    for (const ref of refs) {
      const note = elements(article, 'aside').find((el) => `#${el.attribs.id}` === ref.attribs.href)
      expect(note).toBeDefined()
      const back = elements(note!, 'a').find((a) => a.attribs.role === 'doc-backlink')!
      expect(back.attribs.href).toBe(`#${ref.attribs.id}`)
    }
  }
}

describe('toHtml on the export fixture', () => {
  let fixture: ExportFixture
  beforeAll(() => {
    fixture = exportFixture()
  })
  afterAll(() => fixture.remove())
  const bundle = (isHighlightsOnly = false) =>
    gatherExport(fixture.library, fixture.request('html', isHighlightsOnly), () => EXPORT_NOW)

  it('matches the golden files, text and highlights-only', async () => {
    for (const [name, isHighlightsOnly] of [
      ['html-collection.html', false],
      ['html-highlights-only.html', true],
    ] as const) {
      const made = bundle(isHighlightsOnly)
      const html = normaliseExport(toHtml(made), made, fixture.dir)
      await expect(html).toMatchFileSnapshot(join(GOLDEN, name))
    }
  })

  it('is one self-contained Chinese document with a contents list and print styles', () => {
    const made = bundle()
    const html = toHtml(made)
    const doc = parseDocument(html)
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh">')).toBe(true)
    expect(elements(doc, 'meta').some((m) => m.attribs.charset === 'utf-8')).toBe(true)
    expect(elements(doc, 'style')).toHaveLength(1)
    expect(elements(doc, 'script')).toHaveLength(0)
    expect(elements(doc, 'link')).toHaveLength(0)
    expect(text(elements(doc, 'title'))).toBe('工会精选: 劳模/帮扶')
    const toc = elements(byClass(doc, 'toc')[0], 'a')
    expect(toc.map((a) => text(a))).toEqual(made.stories.map((item) => item.story.title))
    expect(toc.map((a) => a.attribs.href)).toEqual(made.stories.map((_, i) => `#s${i + 1}`))
    const css = text(elements(doc, 'style'))
    expect(css).toMatch(
      /@media print \{[\s\S]*article\.story \+ article\.story \{ break-before: page;/,
    )
    expect(css).toContain("'Noto Sans CJK SC'")
    expect(css).not.toContain('@font-face')
  })

  it('marks every highlight in its colour, titled with its colour name, notes as footnotes', () => {
    const made = bundle()
    const html = toHtml(made)
    const doc = parseDocument(html)
    expectEveryQuoteMarked(html, made)
    expectFootnotesLinked(doc)
    const marks = elements(doc, 'mark')
    const loan = marks.find((m) => text(m) === '为8位劳模发放贷款2435万元')!
    expect(loan.attribs).toMatchObject({ class: 'hl hl-pink', title: '疑问' })
    const kids = marks.find((m) => text(m) === '“四点半课堂”福利性托管班')!
    expect(kids.attribs).toMatchObject({ class: 'hl hl-yellow', title: '重点' })
    const footnotes = elements(doc, 'aside')
    const quotesNote = footnotes.find((el) => text(el).includes('稳就业'))!
    expect(text(quotesNote)).toContain(
      '他说："稳就业, 保民生"，又说“工会在行动”。Second line, with a comma',
    )
    const markdownNote = footnotes.find((el) => text(el).includes('要点'))!
    expect(elements(markdownNote, 'strong').map((el) => text(el))).toContain('要点')
    expect(elements(markdownNote, 'li').map((el) => text(el))).toEqual(['绿色通道', '延期续贷'])
    expect(elements(byClass(markdownNote, 'note')[0], 'a')[0].attribs.href).toBe(
      'https://example.com/a?b=1&c=2',
    )
    expect(text(byClass(markdownNote, 'tags'))).toBe('#劳模 #工会')
  })

  it('lists the orphan after its story text, marked but outside the text', () => {
    const doc = parseDocument(toHtml(bundle()))
    const loan = elements(doc, 'article')[1]
    expect(markRuns(byClass(loan, 'story-body')[0])).not.toContain('迅速安排人员对接')
    const unplaced = byClass(loan, 'unplaced')[0]
    expect(text(elements(unplaced, 'mark'))).toBe('迅速安排人员对接')
    expect(text(byClass(unplaced, 'note'))).toBe('这句后来被删掉了')
  })

  it('writes only the highlights as quotes with their notes when asked', () => {
    const made = bundle(true)
    const doc = parseDocument(toHtml(made))
    expect(byClass(doc, 'story-body')).toHaveLength(0)
    const quotes = elements(doc, 'blockquote').filter((el) => el.attribs.class === 'quote')
    const expected = made.stories.flatMap((item) => item.highlights.map((h) => h.quote.exact))
    expect(
      quotes.map((q) =>
        elements(q, 'mark')
          .map((m) => text(m))
          .join('\n\n'),
      ),
    ).toEqual(expected)
    expect(text(doc)).toContain('=SUM(A1:A2) 不是公式, 只是笔记')
  })
})

describe('toHtml on hostile and unusual text', () => {
  let hazards: HazardLibrary
  beforeAll(() => {
    hazards = hazardLibrary()
  })
  afterAll(() => hazards.remove())

  it('runs nothing and loads nothing whatever titles, tags and notes hold', () => {
    for (const isHighlightsOnly of [false, true]) {
      const html = toHtml(hazards.bundle(isHighlightsOnly))
      const doc = parseDocument(html)
      for (const name of ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'link', 'base']) {
        expect(elements(doc, name), name).toHaveLength(0)
      }
      expect(elements(doc, 'style')).toHaveLength(1)
      for (const el of elements(doc)) {
        for (const [name, value] of Object.entries(el.attribs)) {
          expect(name.startsWith('on'), `${el.name} ${name}`).toBe(false)
          expect(['src', 'srcset', 'style', 'action', 'formaction']).not.toContain(name)
          // Links the reader wrote stay links (an image's address too); nothing else leaves.
          if (name === 'href') {
            expect(value).toMatch(
              /^(#[\w-]+|https:\/\/example\.com\/\?a=1&b=2|http:\/\/images\.example\/x\.png)$/,
            )
          }
          expect(value).not.toMatch(/javascript:|data:|evil\.example/i)
        }
      }
      expect(html).not.toMatch(/<(script|img|iframe|svg|object|embed)/i)
    }
  })

  it('keeps the hostile text as text, exactly', () => {
    const doc = parseDocument(toHtml(hazards.bundle()))
    expect(text(elements(doc, 'h1'))).toBe(XSS.collection)
    expect(text(elements(doc, 'h2')[1])).toBe(XSS.title)
    expect(text(elements(doc, 'dd'))).toContain(`#${XSS.tag}`)
    const note = text(byClass(byClass(doc, 'story-note')[0], 'note'))
    expect(note).toContain('<script>alert(1)</script>')
    expect(note).toContain('<img src=x onerror=alert(1)>')
    expect(note).toContain('click c2 c3')
    expect(note).toContain(']]> \u00a0©  end')
    expect(note).not.toMatch(FORBIDDEN)
  })

  it('places highlights by code points after astral characters, and overlaps as the reader does', () => {
    const made = hazards.bundle()
    const html = toHtml(made)
    expectEveryQuoteMarked(html, made)
    const doc = parseDocument(html)
    expectFootnotesLinked(doc)
    const marks = elements(elements(doc, 'article')[0], 'mark')
    const pieces = marks.map((m) => [text(m), m.attribs.class])
    expect(pieces).toContainEqual(['𠀀😀 文字在这里', 'hl hl-yellow'])
    // The overlap wears the later highlight's colour; each keeps its own footnote.
    expect(pieces).toContainEqual(['重叠的', 'hl hl-green'])
    expect(pieces).toContainEqual(['划线', 'hl hl-pink'])
    expect(pieces).toContainEqual(['在此处展开', 'hl hl-pink'])
    expect(pieces).toContainEqual(['“引号” & <b>尖括号</b>。', 'hl hl-blue'])
    expect(pieces).toContainEqual(['第二段', 'hl hl-blue'])
    expect(html).not.toMatch(FORBIDDEN)
  })

  it('marks an English story as English, and writes an all-English export in English', () => {
    const doc = parseDocument(toHtml(hazards.bundle()))
    expect(elements(doc, 'article').map((el) => el.attribs.lang)).toEqual([undefined, 'en'])
    const english = toHtml(hazards.englishBundle())
    expect(english).toContain('<html lang="en">')
    expect(english).toContain('<h3>Notes</h3>')
    // A story picked alone is the whole page, titled by its headline: what printing it shows.
    const single = parseDocument(english)
    expect(text(elements(single, 'title'))).toBe('A Quiet Morning')
    expect(elements(single, 'nav')).toHaveLength(0)
    expect(byClass(single, 'export-header')).toHaveLength(0)
    expect(text(elements(single, 'h2'))).toBe('A Quiet Morning')
  })

  it('writes an empty export as a valid page with its title', () => {
    const empty: ExportBundle = { ...hazards.bundle(), stories: [] }
    const doc = parseDocument(toHtml(empty))
    expect(text(elements(doc, 'h1'))).toBe(XSS.collection)
    expect(elements(doc, 'article')).toHaveLength(0)
  })
})
