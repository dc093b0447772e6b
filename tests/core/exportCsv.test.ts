import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportBundle } from '../../src/main/core/export/exportBundle'
import { gatherExport } from '../../src/main/core/export/gatherExport'
import {
  csvField,
  readwiseDate,
  readwiseTag,
  toReadwiseCsv,
} from '../../src/main/core/export/toReadwiseCsv'
import {
  EXPORT_NOW,
  NOTES,
  exportFixture,
  normaliseExport,
  type ExportFixture,
} from './exportFixture'

const GOLDEN = join(import.meta.dirname, 'fixtures/export/readwise.csv')

let fixture: ExportFixture
let bundle: ExportBundle
let csv: string
beforeAll(() => {
  fixture = exportFixture()
  bundle = gatherExport(fixture.library, fixture.request('csv'), () => EXPORT_NOW)
  csv = toReadwiseCsv(bundle)
})
afterAll(() => fixture.remove())

/** The file as a CSV library reads it: RFC 4180, BOM dropped, nothing trimmed. */
const parsed = (text: string): string[][] =>
  parse(text, { bom: true, relax_column_count: false, record_delimiter: '\r\n' }) as string[][]

describe('toReadwiseCsv', () => {
  it('matches the golden file', async () => {
    await expect(normaliseExport(csv, bundle, fixture.dir)).toMatchFileSnapshot(GOLDEN)
  })

  it("starts with a BOM and Readwise's header, and ends every record with CRLF", () => {
    expect(csv.startsWith('\uFEFFHighlight,Title,Author,URL,Note,Location,Date\r\n')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    // Outside quoted fields, every line end is CRLF.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '')
    expect(outside.match(/\n/g)?.length).toBe(outside.match(/\r\n/g)?.length)
  })

  it('parses back to exactly the library’s highlights, one row each', () => {
    const [header, ...rows] = parsed(csv)
    expect(header).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'])
    const highlights = bundle.stories.flatMap((item) =>
      item.highlights.map((highlight) => ({ item, highlight })),
    )
    expect(highlights).toHaveLength(8)
    expect(rows).toHaveLength(highlights.length)
    const stored = new Map(fixture.library.listHighlights({}).map((h) => [h.id, h]))
    rows.forEach((row, index) => {
      const { item, highlight } = highlights[index]
      const library = stored.get(highlight.id)!
      const tags = library.tags.map((tag) => `.${tag.name.replace(/\s+/g, '-')}`)
      expect(row).toEqual([
        library.quote.exact,
        item.story.title,
        item.story.byline ?? '',
        '',
        [tags.join(' '), library.note].filter(Boolean).join(' '),
        String(library.position.start),
        library.createdAt.slice(0, 19).replace('T', ' '),
      ])
    })
  })

  it('keeps commas, quotes, CRLF and LF inside notes and quotes exactly', () => {
    const notes = parsed(csv).map((row) => row[4])
    expect(notes).toContain(NOTES.quotes)
    expect(notes).toContain(`.劳模 .工会 ${NOTES.markdown}`)
    expect(notes).toContain(`.数字 ${NOTES.yamlish}`)
    const quotes = parsed(csv).map((row) => row[0])
    expect(quotes).toContain('环境卫生整洁,安保设施和托管设备齐全。\n\n“四点半课堂”自开办以来')
    expect(csv).toContain(
      '"他说：""稳就业, 保民生""，又说“工会在行动”。\r\nSecond line, with a comma"',
    )
  })

  it('keeps formula-looking fields verbatim (Readwise stores text as given)', () => {
    const notes = parsed(csv).map((row) => row[4])
    expect(notes).toContain(`.数字 ${NOTES.formula}`)
    expect(notes).toContain('.@提及 + 电影同名')
    expect(csvField('=SUM(A1:A2)')).toBe('=SUM(A1:A2)')
    expect(csvField('@cmd')).toBe('@cmd')
  })

  it('writes only the header for an export without highlights', () => {
    const empty = { ...bundle, stories: bundle.stories.slice(4) }
    expect(empty.stories[0].highlights).toHaveLength(0)
    expect(toReadwiseCsv(empty)).toBe('\uFEFFHighlight,Title,Author,URL,Note,Location,Date\r\n')
  })
})

describe('Readwise fields', () => {
  it.each([
    ['plain', 'plain'],
    ['中文，全角逗号', '中文，全角逗号'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\ronly', '"cr\ronly"'],
    [' edge ', '" edge "'],
    ['', ''],
  ])('quotes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field)
  })

  it('writes tags as inline tags and dates in UTC', () => {
    expect(readwiseTag('key idea')).toBe('.key-idea')
    expect(readwiseTag('..dots')).toBe('.dots')
    expect(readwiseTag('  ')).toBeNull()
    expect(readwiseDate('2024-03-01T08:00:06.000Z')).toBe('2024-03-01 08:00:06')
    expect(readwiseDate('2024-03-01T16:00:06+08:00')).toBe('2024-03-01 08:00:06')
    expect(readwiseDate('not a date')).toBe('')
  })
})
