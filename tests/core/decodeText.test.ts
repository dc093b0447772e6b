import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText, normalizeEncoding } from '../../src/main/core/import/decodeText'

const SIMPLIFIED = '市总工会开展困难职工帮扶活动，为职工送温暖。'
const TRADITIONAL = '市總工會開展困難職工幫扶活動，為職工送溫暖。'
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const ok = (text: string, encoding: string) => ({ ok: true, text, encoding, replacements: 0 })
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
])

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(utf8(SIMPLIFIED))).toEqual(ok(SIMPLIFIED, 'utf-8'))
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(SIMPLIFIED)])
    expect(decodeText(withBom)).toEqual(ok(SIMPLIFIED, 'utf-8'))
  })

  it('reads UTF-16 little- and big-endian by their byte-order marks', () => {
    expect(decodeText(iconv.encode(SIMPLIFIED, 'utf-16le', { addBOM: true }))).toEqual(
      ok(SIMPLIFIED, 'utf-16le'),
    )
    expect(decodeText(iconv.encode(SIMPLIFIED, 'utf-16be', { addBOM: true }))).toEqual(
      ok(SIMPLIFIED, 'utf-16be'),
    )
  })

  it('detects GB18030 and Big5', () => {
    expect(decodeText(iconv.encode(SIMPLIFIED, 'gb18030'))).toEqual(ok(SIMPLIFIED, 'gb18030'))
    expect(decodeText(iconv.encode(TRADITIONAL, 'big5'))).toEqual(ok(TRADITIONAL, 'big5'))
  })

  it('lets an encoding option override detection, reading what is invalid there as U+FFFD', () => {
    const bytes = iconv.encode(TRADITIONAL, 'big5')
    const forced = decodeText(bytes, { encoding: 'GBK' })
    expect(forced).toMatchObject({ ok: true, encoding: 'gbk' })
    expect(forced.ok && forced.text).not.toBe(TRADITIONAL)
    // Forced decodings are never refused for their bytes (issue 11): the damage is counted.
    const big5 = decodeText(utf8(SIMPLIFIED), { encoding: 'big5' })
    expect(big5).toMatchObject({ ok: true, encoding: 'big5' })
    expect(big5.ok && big5.replacements).toBeGreaterThan(0)
    expect(decodeText(utf8(SIMPLIFIED), { encoding: 'klingon' })).toEqual({
      ok: false,
      reason: { code: 'unknownEncoding', params: { encoding: 'klingon' } },
    })
  })

  it('honours an HTML page’s <meta charset>', () => {
    const page = `<html><head><meta charset="big5"></head><body><p>${TRADITIONAL}</p></body></html>`
    const bytes = iconv.encode(page, 'big5')
    expect(decodeText(bytes, { format: 'html' })).toEqual(ok(page, 'big5'))
    const legacy = `<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>${SIMPLIFIED}</p>`
    expect(decodeText(iconv.encode(legacy, 'gb18030'), { format: 'html' })).toEqual(
      ok(legacy, 'gbk'),
    )
  })

  it('refuses empty, whitespace-only, binary and undecodable bytes with a reason', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: { code: 'empty' } })
    expect(decodeText(utf8(' \n\t\u3000\n'))).toEqual({ ok: false, reason: { code: 'empty' } })
    expect(decodeText(Uint8Array.from([0x61, 0, 0x62, 0x63]))).toEqual({
      ok: false,
      reason: { code: 'binary' },
    })
    expect(decodeText(PNG, { format: 'html' })).toEqual({
      ok: false,
      reason: { code: 'binary' },
    })
    const latin1 = Buffer.from('Le café est très bon à Noël.', 'latin1')
    expect(decodeText(latin1)).toEqual({ ok: false, reason: { code: 'undecodable' } })
  })
})

describe('normalizeEncoding', () => {
  it('maps labels to WHATWG names and rejects unknown ones', () => {
    expect(normalizeEncoding('UTF8')).toBe('utf-8')
    expect(normalizeEncoding('GB18030')).toBe('gb18030')
    expect(normalizeEncoding('nope')).toBeNull()
  })
})
