import { describe, expect, it } from 'vitest'
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
