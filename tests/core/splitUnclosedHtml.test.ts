import { describe, expect, it } from 'vitest'
import { htmlBlocks } from '../../src/main/core/split/htmlBlocks'
import { splitHtml } from '../../src/main/core/split/splitHtml'

const texts = (html: string): string[] => htmlBlocks(html).map((block) => block.text)

describe('unclosed elements keep the rest of the page', () => {
  it('reads on after an unclosed <textarea>', () => {
    const html = '<h1>Title</h1><p>Before the form.</p><textarea>Your comment<p>After the form.</p>'
    expect(texts(html)).toEqual(['Title', 'Before the form.', 'Your comment', 'After the form.'])
  })

  it.each(['title', 'style', 'script', 'xmp', 'plaintext', 'iframe', 'noembed', 'noframes'])(
    'reads on after an unclosed <%s>',
    (name) => {
      const blocks = texts(`<p>Before.</p><${name}><p>After one.</p><p>After two &amp; more.</p>`)
      expect(blocks.slice(0, 1)).toEqual(['Before.'])
      expect(blocks.slice(-2)).toEqual(['After one.', 'After two & more.'])
    },
  )

  it('reads on after an unclosed <noscript>, <nav> or <button>', () => {
    for (const name of ['noscript', 'nav', 'button', 'select']) {
      expect(texts(`<p>Before.</p><${name}>Inside<p>After.</p>`)).toEqual([
        'Before.',
        'Inside',
        'After.',
      ])
    }
  })

  it('still drops what closed elements hold, tags inside raw text included', () => {
    const html =
      '<head><title>Page</title><style>p { color: red }</style></head><body>' +
      '<script>if (a < b) document.write("<p>no</p>")</script><textarea><p>typed</p></textarea>' +
      '<nav><a>Home</a></nav><noscript>Enable JS</noscript><p>Text.</p></body>'
    expect(texts(html)).toEqual(['Text.'])
  })

  it('reads what follows <plaintext> as HTML, even past a </plaintext>', () => {
    const html = '<p>Before.</p><plaintext><p>After.</p></plaintext><p>Last.</p>'
    expect(texts(html)).toEqual(['Before.', 'After.', 'Last.'])
  })

  it('reads a page whose raw-text tag is closed only in its first use', () => {
    const html = '<script>x</script><p>One.</p><script><p>Two.</p><title><p>Three.</p>'
    expect(texts(html)).toEqual(['One.', 'Two.', 'Three.'])
  })

  it('keeps the rest of the article after an unclosed textarea', () => {
    // One article under its h1 (issue 11: an h2 is a subhead inside it, not a new story).
    const html =
      '<h1>First story</h1><p>Its text.</p><textarea>note' + '<h2>A subhead</h2><p>More text.</p>'
    expect(splitHtml(html).map((story) => [story.title, story.body])).toEqual([
      ['First story', 'Its text.\n\nnote\n\nA subhead\n\nMore text.'],
    ])
  })

  it('keeps the stories after an unclosed textarea on a page of several', () => {
    const html =
      '<article><h2>First story</h2><p>Its text, long enough to be a story.</p><textarea>note' +
      '</article><article><h2>Second story</h2><p>More text, long enough to be one too.</p></article>'
    expect(splitHtml(html).map((story) => [story.title, story.body])).toEqual([
      ['First story', 'Its text, long enough to be a story.\n\nnote'],
      ['Second story', 'More text, long enough to be one too.'],
    ])
  })
})
