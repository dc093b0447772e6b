import { describe, expect, it } from 'vitest'
import { CJK, CJK_SCRIPTS, HAN, hasCjk, hasHan } from '../../src/shared/text/cjk'
import { codePointText } from '../../src/shared/text/codePoints'
import { PARAGRAPH_BREAK, paragraphSpans, paragraphsOf } from '../../src/shared/text/paragraphs'

// The reader and core both use these helpers: a highlight stores code points over the cleaned
// body, and the reader must draw it on exactly the paragraph and characters core computed.

describe('paragraphSpans', () => {
  const startsHoldTheirText = (body: string): void => {
    for (const { text, start } of paragraphSpans(body)) {
      expect(body.slice(start, start + text.length)).toBe(text)
    }
  }

  it('splits at blank lines and keeps single line breaks inside a paragraph', () => {
    const body = '第一段\n续行\n\n第二段'
    expect(paragraphSpans(body)).toEqual([
      { text: '第一段\n续行', start: 0 },
      { text: '第二段', start: 8 },
    ])
  })

  it('skips leading, trailing and repeated blank lines, spaces on them included', () => {
    const body = '\n\n  甲\n\n\n\n \u3000\n\n乙  \n\n\n'
    expect(paragraphsOf(body)).toEqual(['甲', '乙'])
    expect(paragraphSpans(body).map((span) => span.start)).toEqual([4, 13])
    startsHoldTheirText(body)
  })

  it('reads CRLF blank lines as breaks and trims the stray CR', () => {
    const body = 'one\r\n\r\ntwo\r\nstill two\r\n\r\n'
    expect(paragraphsOf(body)).toEqual(['one', 'two\r\nstill two'])
    startsHoldTheirText(body)
  })

  it('counts starts in UTF-16 units past astral characters and emoji', () => {
    const body = '𠮷野家🙂\n\n👩‍👧 二段\n\n三段'
    const spans = paragraphSpans(body)
    expect(spans.map((span) => span.start)).toEqual([0, 8, 18])
    startsHoldTheirText(body)
  })

  it('gives nothing for an empty or blank body', () => {
    expect(paragraphSpans('')).toEqual([])
    expect(paragraphSpans('\n \n\n')).toEqual([])
  })

  it('exposes the break the corrections match openings by', () => {
    expect('a\n \nb'.split(PARAGRAPH_BREAK)).toEqual(['a', 'b'])
    expect(PARAGRAPH_BREAK.test('a\nb')).toBe(false)
  })
})

describe('codePointText', () => {
  it('is the identity for BMP-only text', () => {
    const text = codePointText('工会帮扶')
    expect(text.length).toBe(4)
    expect(text.toUnit(3)).toBe(3)
    expect(text.toPoint(3)).toBe(3)
    expect(text.slice(2)).toBe('帮扶')
  })

  it('counts an astral character or an emoji as one code point', () => {
    const body = 'a𠮷b🙂c'
    const text = codePointText(body)
    expect(text.length).toBe(5)
    expect([0, 1, 2, 3, 4, 5].map(text.toUnit)).toEqual([0, 1, 3, 4, 6, 7])
    expect([0, 1, 3, 4, 6, 7].map(text.toPoint)).toEqual([0, 1, 2, 3, 4, 5])
    expect(text.slice(1, 4)).toBe('𠮷b🙂')
  })

  it('agrees with counting characters one by one at every whole-character offset', () => {
    const body = '开头🙂\n\n𠮷野家 a👩‍👧b\r\n\r\n结尾'
    const text = codePointText(body)
    const chars = Array.from(body)
    for (let point = 0; point <= chars.length; point++) {
      const unit = chars.slice(0, point).join('').length
      expect(text.toUnit(point)).toBe(unit)
      expect(text.toPoint(unit)).toBe(point)
    }
  })

  it('counts each code point of an emoji sequence', () => {
    expect(codePointText('👩‍👧').length).toBe(3)
  })

  it('rounds a unit inside a surrogate pair down to its character', () => {
    // The renderer's old converter counted the lone high surrogate and rounded up; no stored
    // position comes from such a unit (a selection snaps to whole characters), and core always
    // rounded down, so the shared converter keeps core's rule.
    const text = codePointText('a𠮷b')
    expect(text.toPoint(2)).toBe(1)
  })

  it('clamps offsets outside the text', () => {
    const text = codePointText('𠮷b')
    expect(text.toUnit(-1)).toBe(0)
    expect(text.toUnit(9)).toBe(3)
    expect(text.toPoint(9)).toBe(2)
  })

  it('turns each paragraph of a body into the code-point span core slices back', () => {
    const body = '\n🙂 开头\n\n𠮷野家 的 牛肉饭\r\n\r\n\n结尾👩‍👧\n'
    const text = codePointText(body)
    for (const { text: paragraph, start } of paragraphSpans(body)) {
      const from = text.toPoint(start)
      const to = text.toPoint(start + paragraph.length)
      expect(text.slice(from, to)).toBe(paragraph)
      expect(text.toUnit(from)).toBe(start)
    }
  })
})

describe('CJK classes', () => {
  const inClass =
    (body: string, flags = '') =>
    (ch: string) =>
      new RegExp(`^[${body}]$`, flags).test(ch)

  it('finds Han, kana and hangul with the cleanup class', () => {
    expect(['中', '丽', 'か', 'カ', '한'].every(inClass(CJK))).toBe(true)
    expect(['a', '1', '，', '\u3000'].some(inClass(CJK))).toBe(false)
    expect(hasCjk('Union 工会')).toBe(true)
    expect(hasCjk('union')).toBe(false)
  })

  it('keeps the cleanup class to BMP ranges and the search class to Unicode scripts', () => {
    // Both are pinned by stored data (cleaned bodies, the search index): the edge cases differ.
    expect(inClass(CJK)('𠮷')).toBe(false)
    expect(inClass(CJK_SCRIPTS, 'u')('𠮷')).toBe(true)
    expect(inClass(CJK)('々')).toBe(false)
    expect(inClass(CJK_SCRIPTS, 'u')('々')).toBe(true)
    expect(inClass(CJK_SCRIPTS, 'u')('中')).toBe(true)
  })

  it('tells Chinese from kana or hangul alone for the reader', () => {
    expect(hasHan('ひらがな')).toBe(false)
    expect(hasHan('한국어')).toBe(false)
    expect(hasHan('漢字とかな')).toBe(true)
    // Yijing hexagrams sit between Han blocks but are symbols, not Chinese text.
    expect(inClass(HAN)('䷀')).toBe(false)
    expect(hasHan('䷀')).toBe(false)
  })
})
