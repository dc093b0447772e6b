import { describe, expect, it } from 'vitest'
import { annotatedParagraphs, type NoteRef } from '../../src/main/core/export/annotatedParagraphs'
import type { ExportHighlight } from '../../src/main/core/export/exportBundle'
import { escapeHtml } from '../../src/main/core/export/htmlEscape'
import { noteHtml } from '../../src/main/core/export/htmlNote'
import type { HighlightColor } from '../../src/shared/annotations'
import { asHighlightId, asStoryId, asTagId } from '../../src/shared/ids'

// The pure parts under the HTML and EPUB exports, on plain values: the body layout and the note
// writer. The library-backed tests (exportHtml, exportEpub) cover them end to end.

let serial = 0
const highlight = (
  body: string,
  quote: string,
  rest: { color?: string; note?: string; tags?: string[]; at?: number } = {},
): ExportHighlight => {
  const unit = body.indexOf(quote, rest.at ?? 0)
  const start = unit < 0 ? Array.from(body).length + 5 : Array.from(body.slice(0, unit)).length
  serial += 1
  return {
    id: asHighlightId(`h${serial}`),
    storyId: asStoryId('story'),
    color: (rest.color ?? 'yellow') as HighlightColor,
    colorName: rest.color ?? 'yellow',
    note: rest.note ?? '',
    quote: { exact: quote, prefix: '', suffix: '' },
    position: { start, end: start + Array.from(quote).length },
    isOrphan: false,
    tags: (rest.tags ?? []).map((name, i) => ({ id: asTagId(i + 1), name, color: 'gray' })),
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  }
}
const ref: NoteRef = (note) => `[${note.number}]`

describe('annotatedParagraphs', () => {
  const body = '第一段，有一句话。\n第一段的第二行。\n\n  第二段😀在这里。  \n\n第三段'

  it('splits at blank lines as the reader does, keeping a single newline as a line break', () => {
    const out = annotatedParagraphs(body, [], 's1', ref)
    expect(out.paragraphs).toEqual([
      '<p>第一段，有一句话。<br />第一段的第二行。</p>',
      '<p>第二段😀在这里。</p>',
      '<p>第三段</p>',
    ])
  })

  it('puts a reference after the last paragraph a highlight covers, numbered in text order', () => {
    const across = highlight(body, '第二行。\n\n  第二段', { color: 'blue', note: 'n1' })
    const first = highlight(body, '有一句话', { tags: ['t'] })
    const plain = highlight(body, '在这里', { color: 'pink' })
    const out = annotatedParagraphs(body, [first, across, plain], 's1', ref)
    expect(out.paragraphs[0]).toBe(
      '<p>第一段，<mark class="hl hl-yellow" title="yellow">有一句话</mark>[1]。<br />第一段的' +
        '<mark class="hl hl-blue" title="blue">第二行。</mark></p>',
    )
    expect(out.paragraphs[1]).toBe(
      '<p><mark class="hl hl-blue" title="blue">第二段</mark>[2]😀' +
        '<mark class="hl hl-pink" title="pink">在这里</mark>。</p>',
    )
    expect(out.footnotes.map((f) => [f.number, f.highlight.id, f.refId, f.noteId])).toEqual([
      [1, first.id, 's1-ref1', 's1-fn1'],
      [2, across.id, 's1-ref2', 's1-fn2'],
    ])
  })

  it('orders references that end together by number, and a colour it does not know as yellow', () => {
    const long = highlight(body, '一句话', { note: 'a', color: 'octarine' })
    const short = highlight(body, '话', { note: 'b', color: 'green' })
    const out = annotatedParagraphs(body, [long, short], 's2', ref)
    expect(out.paragraphs[0]).toContain(
      '<mark class="hl hl-yellow" title="octarine">一句</mark><mark class="hl hl-green" title="green">话</mark>[1][2]',
    )
  })

  it('lists orphans and highlights outside every paragraph after the text', () => {
    const orphan = { ...highlight(body, '第三段', { note: 'gone' }), isOrphan: true }
    const gap = highlight(body, '\n\n  ', { note: 'blank', at: body.indexOf('。\n\n') })
    const past = highlight(body, 'not in the body')
    const out = annotatedParagraphs(body, [orphan, gap, past], 's3', ref)
    expect(out.unplaced).toEqual([orphan, gap, past])
    expect(out.footnotes).toEqual([])
    expect(out.paragraphs.join('')).not.toContain('<mark')
  })
})

describe('noteHtml', () => {
  it('writes Markdown from an allow-list, escaping every text', () => {
    expect(noteHtml('')).toBe('')
    expect(noteHtml('a &amp; b &lt;c&gt; "d" \'e\'')).toBe(
      '<p>a &#38; b &#60;c&#62; &#34;d&#34; &#39;e&#39;</p>',
    )
    expect(noteHtml('3. 三\n4. 四')).toBe('<ol start="3"><li>三</li><li>四</li></ol>')
    expect(noteHtml('```\n<x> &amp;\n```')).toBe('<pre><code>&#60;x&#62; &#38;amp;</code></pre>')
    expect(noteHtml('| 甲 | 乙 |\n|---|---|\n| 1 | 2 |')).toBe(
      '<table><thead><tr><th>甲</th><th>乙</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
    )
    expect(noteHtml('- [x] 完成\n- [ ] 未完')).toBe('<ul><li>☑ 完成</li><li>☐ 未完</li></ul>')
    expect(noteHtml('一行\n二行 ~~删~~')).toBe('<p>一行<br />二行 <del>删</del></p>')
  })

  it('keeps only http(s) and mailto links, and turns images into links to them', () => {
    expect(noteHtml('[信](mailto:a@b.cn) [x](ftp://h/f) [y](/local)')).toBe(
      '<p><a href="mailto:a@b.cn" rel="noopener noreferrer">信</a> x y</p>',
    )
    expect(noteHtml('![图 "1"](https://example.com/a.png)')).toBe(
      '<p><a href="https://example.com/a.png" rel="noopener noreferrer">图 &#34;1&#34;</a></p>',
    )
    expect(noteHtml('[z](java&#x73;cript:alert(1)) [w]( javascript:alert(1))')).toBe('<p>z w</p>')
  })

  it('writes a note nested past what marked lexes safely as plain paragraphs', () => {
    const deep = `${'>'.repeat(40)} 深\n\n<b>第二段</b>`
    expect(noteHtml(deep)).toBe(
      `<p>${escapeHtml('>'.repeat(40))} 深</p><p>&#60;b&#62;第二段&#60;/b&#62;</p>`,
    )
  })
})
