import { describe, expect, it } from 'vitest'
import { splitDocument } from '../../src/main/core/split/splitDocument'

describe('markdown', () => {
  const markdown = [
    'A note before the first heading. It has no title.',
    '',
    '# Inkstone Weekly',
    '',
    '## Library reopens after *repairs*',
    '',
    'By Jane Doe',
    '',
    'The city library reopened on Monday after',
    'three months of work &amp; [repairs](http://example.com).',
    '',
    '### Opening hours',
    '',
    '- weekdays until nine',
    '- Sundays closed',
    '',
    '```',
    '# not a heading inside code',
    '```',
    '',
    '市总工会开展活动',
    '==========',
    '',
    '本报讯 近日，市总工会开展',
    '“送温暖”活动。（张三）',
  ].join('\n')
  const stories = splitDocument(markdown, 'markdown')

  it('splits at # and ## headings, setext ones too, and nowhere else; a heading over nothing is no story', () => {
    expect(stories.map((story) => story.title)).toEqual([
      'A note before the first heading',
      'Library reopens after repairs',
      '市总工会开展活动',
    ])
    expect(stories.map((story) => story.isTitleDerived)).toEqual([true, false, false])
  })

  it('gives plain, reflowed bodies with subheads kept and bylines taken out', () => {
    const library = stories[1]
    expect(library.byline).toBe('Jane Doe')
    expect(library.body).toBe(
      [
        'The city library reopened on Monday after three months of work & repairs.',
        'Opening hours',
        'weekdays until nine',
        'Sundays closed',
        '# not a heading inside code',
      ].join('\n\n'),
    )
    expect(stories[2]).toMatchObject({
      byline: '张三',
      body: '本报讯 近日，市总工会开展“送温暖”活动。',
    })
  })

  it('keeps the section source as the original text', () => {
    expect(
      stories[1].originalText.startsWith('## Library reopens after *repairs*\n\nBy Jane Doe'),
    ).toBe(true)
    expect(stories[2].originalText).toBe(
      '市总工会开展活动\n==========\n\n本报讯 近日，市总工会开展\n“送温暖”活动。（张三）',
    )
  })

  it('drops raw HTML from markdown and keeps only its text', () => {
    const [story] = splitDocument(
      '# Title\n\nSafe <b>bold</b> text.\n\n<script>alert(1)</script>\n\n<p onclick="x()">Para</p>\n',
      'markdown',
    )
    expect(story.body).toBe('Safe bold text.\n\nPara')
  })
})

describe('html', () => {
  const html = `<!doctype html><html><head><title>Page</title><style>p { color: red }</style>
<script>alert('head')</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Big &amp; <i>bold</i> story</h1>
<p onclick="steal()">First paragraph<br>second line</p>
<img src="x" onerror="alert('img')">
<div>Third <script>document.write('injected')</script>part</div>
<h4>A subhead</h4>
<ul><li>one</li><li>two</li></ul>
<p>By Jane Doe</p>
<h2>中文标题</h2>
<p>本报讯 近日，市总工会
开展“送温暖”活动。</p>
<p>（李四）</p>
<h3>Photo of the week</h3>
<p>Volunteers clean the riverbank. Photo by Ann Green</p>
</body></html>`
  const stories = splitDocument(html, 'html')

  it('splits at h1 to h3 and keeps smaller headings in the body', () => {
    expect(stories.map((story) => story.title)).toEqual([
      'Big & bold story',
      '中文标题',
      'Photo of the week',
    ])
    expect(stories[0].body).toBe(
      'First paragraph\n\nsecond line\n\nThird part\n\nA subhead\n\none\n\ntwo',
    )
    expect(stories[0].byline).toBe('Jane Doe')
  })

  it('joins CJK text broken by a source line break and reads bracketed bylines', () => {
    expect(stories[1]).toMatchObject({
      byline: '李四',
      body: '本报讯 近日，市总工会开展“送温暖”活动。',
    })
  })

  it('only ever outputs plain text from hostile markup', () => {
    for (const story of stories) {
      for (const text of [story.title, story.body, story.originalText, story.byline ?? '']) {
        expect(text).not.toMatch(/[<>]|alert|onerror|onclick|steal|injected|color: red|Home/)
      }
    }
  })

  it('reads a headline broken by <br> as one title', () => {
    expect(
      splitDocument('<h2>市总工会<br>开展送温暖活动</h2><p>近日，活动开展。</p>', 'html'),
    ).toMatchObject([{ title: '市总工会 开展送温暖活动', body: '近日，活动开展。' }])
  })

  it('makes a story of text before the first heading, and none of an empty page', () => {
    expect(splitDocument('<p>Only a paragraph. Nothing else.</p>', 'html')).toMatchObject([
      { title: 'Only a paragraph', isTitleDerived: true, body: 'Only a paragraph. Nothing else.' },
    ])
    expect(splitDocument('<script>alert(1)</script><h1>Empty</h1>', 'html')).toEqual([])
  })
})
