import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/main/core/import/decodeText'
import { damaged, lineEnds, longPage, spread } from './decodeDamagedFixture'

const isStrictlyValid = (bytes: Uint8Array, encoding: string): boolean => {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

// A GBK page as the issue found it: 12 broken sequences in some 12,000 characters.
const GBK_PAGE = longPage(12_500, 'simplified')
const ends = lineEnds(GBK_PAGE)
const GBK_12 = damaged(GBK_PAGE, 'gbk', {
  // Stray bytes inside paragraphs, and characters cut short at the end of a line.
  insertFf: spread(ends, 6, 7).map((end) => end - 10),
  cut: spread(ends, 6, 5),
})

describe('a mostly valid page is read with replacement characters, counted', () => {
  it('reads a GBK page with 12 broken sequences as GB18030 with 12 replacements', () => {
    expect(isStrictlyValid(GBK_12.bytes, 'gb18030')).toBe(false)
    expect(decodeText(GBK_12.bytes)).toEqual({
      ok: true,
      text: GBK_12.expected,
      encoding: 'gb18030',
      replacements: 12,
    })
  })

  it('reads a GBK page with 2 broken sequences, and one cut inside a line', () => {
    const page = longPage(2_100, 'simplified')
    const [first, second] = lineEnds(page)
    const { bytes, expected } = damaged(page, 'gbk', { insertFf: [first - 4], cut: [second] })
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: expected,
      encoding: 'gb18030',
      replacements: 2,
    })

    // A character cut inside a run of hanzi: its lead byte pairs with the next character's, so
    // the decoder reads nonsense up to the end of the line, as a browser does, and recovers.
    const whole = iconv.encode(page, 'gbk')
    const lineStart = whole.indexOf(0x0a, whole.indexOf(0x0a) + 1) + 1
    const midLine = Buffer.concat([whole.subarray(0, lineStart + 7), whole.subarray(lineStart + 8)])
    const read = decodeText(midLine)
    expect(read).toMatchObject({ ok: true, encoding: 'gb18030', replacements: 1 })
    const lines = page.split('\n')
    const readLines = read.ok ? read.text.split('\n') : []
    expect(readLines.filter((line, i) => line !== lines[i])).toHaveLength(1)
  })

  it('reads a Big5 page with broken sequences as Big5, not as GB18030', () => {
    const page = longPage(3_100, 'traditional')
    const places = lineEnds(page)
    // Cuts only: Node's Big5 decoder (ICU) drops a stray 0x80 or 0xFF without a trace.
    const { bytes, expected } = damaged(page, 'big5', { cut: [places[2], places[5], places[9]] })
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: expected,
      encoding: 'big5',
      replacements: 3,
    })
  })

  it('reads a UTF-8 page with a sequence cut mid-file and a stray byte as UTF-8', () => {
    const page = longPage(2_100, 'simplified')
    const [first, second] = lineEnds(page)
    // Cut in the middle of a line: UTF-8 finds its feet at the very next character.
    const { bytes, expected } = damaged(page, 'utf-8', { cut: [first - 3], insertFf: [second - 8] })
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: expected,
      encoding: 'utf-8',
      replacements: 2,
    })
  })

  it('reads a file cut short at the end, its last character replaced', () => {
    const page = longPage(1_200, 'simplified').trimEnd()
    const chars = Array.from(page)
    const expected = `${chars.slice(0, -1).join('')}\ufffd`
    const utf8 = Buffer.from(page, 'utf8')
    expect(decodeText(utf8.subarray(0, utf8.length - 1))).toEqual({
      ok: true,
      text: expected,
      encoding: 'utf-8',
      replacements: 1,
    })
    const gbk = iconv.encode(page, 'gbk')
    expect(decodeText(gbk.subarray(0, gbk.length - 1))).toEqual({
      ok: true,
      text: expected,
      encoding: 'gb18030',
      replacements: 1,
    })
  })

  it('reads a page’s declared <meta charset> leniently, naming that encoding', () => {
    const body = longPage(2_100, 'simplified')
    const page = `<html><head><meta charset="gbk"><title>职工之家</title></head><body><pre>${body}</pre></body></html>`
    const places = lineEnds(page)
    const { bytes, expected } = damaged(page, 'gbk', { cut: [places[1], places[4]] })
    expect(decodeText(bytes, { format: 'html' })).toEqual({
      ok: true,
      text: expected,
      encoding: 'gbk',
      replacements: 2,
    })
  })

  it('does not count a replacement character the page itself holds', () => {
    const page = `引文中原有的乱码\ufffd照录。\n\n${longPage(1_100, 'simplified')}`
    const { bytes, expected } = damaged(page, 'utf-8', { cut: [lineEnds(page)[1]] })
    const read = decodeText(bytes)
    expect(read).toEqual({ ok: true, text: expected, encoding: 'utf-8', replacements: 1 })
    expect(read.ok && Array.from(read.text).filter((char) => char === '\ufffd')).toHaveLength(2)
  })
})

describe('a page too damaged is still refused with its reason', () => {
  it('refuses more than one broken sequence per 1,000 characters', () => {
    const page = longPage(2_100, 'simplified')
    const { bytes } = damaged(page, 'gbk', { insertFf: spread(lineEnds(page), 3, 1) })
    expect(decodeText(bytes)).toEqual({ ok: false, reason: { code: 'undecodable' } })
    const short = new TextEncoder().encode('市总工会开展困难职工帮扶活动。')
    expect(decodeText(short.subarray(0, short.length - 1))).toEqual({
      ok: false,
      reason: { code: 'truncated' },
    })
  })

  it('reads a page with a byte-order mark leniently, or refuses it as invalid there', () => {
    const page = longPage(1_100, 'simplified')
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    const few = damaged(page, 'utf-8', { insertFf: [lineEnds(page)[0]] })
    expect(decodeText(Buffer.concat([bom, few.bytes]))).toEqual({
      ok: true,
      text: few.expected,
      encoding: 'utf-8',
      replacements: 1,
    })
    const many = damaged(page, 'utf-8', { insertFf: lineEnds(page).slice(0, 4) })
    expect(decodeText(Buffer.concat([bom, many.bytes]))).toEqual({
      ok: false,
      reason: { code: 'invalidEncoding', params: { encoding: 'utf-8' } },
    })
  })
})

describe('an encoding the reader asks for always decodes', () => {
  it('forces GB18030 however damaged the page, counting the replacements', () => {
    expect(decodeText(GBK_12.bytes, { encoding: 'gb18030' })).toEqual({
      ok: true,
      text: GBK_12.expected,
      encoding: 'gb18030',
      replacements: 12,
    })
    const page = longPage(600, 'simplified')
    const { bytes, expected } = damaged(page, 'gbk', { insertFf: lineEnds(page) })
    expect(decodeText(bytes)).toEqual({ ok: false, reason: { code: 'undecodable' } })
    expect(decodeText(bytes, { encoding: 'GBK' })).toEqual({
      ok: true,
      text: expected,
      encoding: 'gbk',
      replacements: lineEnds(page).length,
    })
  })

  it('still refuses binary files and unknown labels', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(decodeText(png, { encoding: 'gb18030' })).toEqual({
      ok: false,
      reason: { code: 'binary' },
    })
    expect(decodeText(GBK_12.bytes, { encoding: 'gbk-ish' })).toEqual({
      ok: false,
      reason: { code: 'unknownEncoding', params: { encoding: 'gbk-ish' } },
    })
    expect(decodeText(png)).toEqual({ ok: false, reason: { code: 'binary' } })
  })
})
