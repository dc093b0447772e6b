import { describe, expect, it } from 'vitest'
import { buildDom } from '../../src/main/core/split/htmlDom'
import { splitHtml } from '../../src/main/core/split/splitHtml'
import { deadlineAfter, NO_DEADLINE, TooSlowError } from '../../src/main/core/text/deadline'
import type { SplitStory } from '../../src/main/core/split/types'

const texts = (stories: SplitStory[]): string[] =>
  stories.flatMap((story) => [story.title, story.body, story.originalText, story.byline ?? ''])

const PROSE = '市总工会近日组织开展职工疗休养活动，一线职工走进山区休养基地。'

describe('hostile pages', () => {
  it('only ever gives plain text: nothing of scripts, styles, handlers, frames or embedded pages', () => {
    const html = `<!doctype html><html><head><title>Story</title><base href="https://evil.example/">
      <meta http-equiv="refresh" content="0;url=https://evil.example/">
      <style>body { background: url(https://evil.example/track.png) }</style>
      <script>document.body.innerHTML = '<h1>injected</h1>'; fetch('https://evil.example/')</script></head>
      <body onload="steal()"><h1>Story</h1>
      <p onclick="steal()">${PROSE}</p>
      <img src="x" onerror="alert('img')"><svg><script>alert('svg')</script><text>svg text</text></svg>
      <iframe srcdoc="<p>framed</p>"></iframe><object data="x.swf">object text</object>
      <a href="javascript:alert('link')">${PROSE}</a>
      <p>&lt;script&gt;alert('escaped')&lt;/script&gt; stays text.</p></body></html>`
    const stories = splitHtml(html)
    expect(stories.map((story) => story.title)).toEqual(['Story'])
    for (const text of texts(stories))
      expect(text).not.toMatch(
        /injected|onerror|onclick|onload|steal|evil|svg text|framed|object text|<img|<p/,
      )
    // Text that only looks like a tag is text, exactly as the page shows it.
    expect(stories[0].body).toContain("<script>alert('escaped')</script> stays text.")
  })

  it('builds its DOM with nothing run: a script writing to the page leaves no trace', () => {
    const dom = buildDom(
      '<body><script>document.write("<p>written</p>")</script><p id="a">kept</p></body>',
      NO_DEADLINE,
    )
    expect(dom?.document.body.textContent).toBe('kept')
    expect(dom?.document.querySelector('script')).toBeNull()
  })

  it('reads on after start tags left open that would hide or drop the rest of the page', () => {
    for (const name of ['template', 'dialog', 'nav', 'aside', 'footer', 'noscript', 'select']) {
      const html = `<title>T</title><h1>Open ${name}</h1><p>${PROSE}</p><${name}><p>后面的正文也要保留下来，不能被吞掉。</p>`
      expect(splitHtml(html)[0].body, name).toContain('后面的正文也要保留下来，不能被吞掉。')
    }
  })
})

describe('pages too large or too deep for the DOM', () => {
  it('reads a page of more elements than the DOM limit without it, stories and all', () => {
    // Markup without text, as page builders pile it up.
    const filler = '<span class="x"></span>'.repeat(45_000)
    const html =
      `<h2>第一条新闻</h2><p>本报讯 ${PROSE}</p><p>（张三）</p><div>${filler}</div>` +
      `<h2>第二条新闻</h2><p>本报讯 ${PROSE}</p><p>（李四）</p>`
    expect(buildDom(html, NO_DEADLINE)).toBeNull()
    const stories = splitHtml(html)
    expect(stories.map((story) => [story.title, story.byline])).toEqual([
      ['第一条新闻', '张三'],
      ['第二条新闻', '李四'],
    ])
    expect(stories[1].body).toBe(`本报讯 ${PROSE}`)
  })

  it('reads a page nested deeper than the limit as one story with all its text', () => {
    const html = `<title>深</title><h1>深层嵌套</h1>${'<div>'.repeat(500)}<p>${PROSE}</p>${'</div>'.repeat(500)}<p>最后一段。</p>`
    expect(buildDom(html, NO_DEADLINE)).toBeNull()
    expect(splitHtml(html).map((story) => [story.title, story.body])).toEqual([
      ['深层嵌套', `${PROSE}\n\n最后一段。`],
    ])
  })

  it('gives up on a page once its deadline has passed, in the DOM path as in the fallback', () => {
    let now = 0
    const clock = () => now++
    const page = `<title>T</title><h1>T</h1>${`<p>${PROSE}</p>`.repeat(2_000)}`
    expect(() => splitHtml(page, deadlineAfter(100, clock))).toThrow(TooSlowError)
    const deep = `${'<div>'.repeat(500)}${`<p>${PROSE}</p>`.repeat(2_000)}`
    expect(() => splitHtml(deep, deadlineAfter(100, clock))).toThrow(TooSlowError)
  })
})
