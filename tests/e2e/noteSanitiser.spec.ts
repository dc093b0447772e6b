/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { expect, test } from '@playwright/test'
import { build } from 'esbuild'
import { resolve } from 'node:path'

// The note renderer's unit test. It runs in Chromium, not Node: DOMPurify needs a real DOM, and
// a real page can also prove the stronger claim, that a rendered note loads nothing at all.

const MODULE = resolve(
  import.meta.dirname,
  '../../src/renderer/src/features/notes/renderMarkdown.ts',
)
const ORIGIN = 'http://inkstone.test'

/** Payloads a note (story or highlight) can hold, as Markdown or raw HTML. */
const VECTORS = [
  '<table background="//evil.example/t.png"><tr><td background="http://evil.example/td.png">x</td></tr></table>',
  '<video poster="//evil.example/p.png" src="//evil.example/v.mp4"><track src="//evil.example/t.vtt"></video>',
  '<audio src="//evil.example/a.mp3" autoplay></audio>',
  '<video><source src="//evil.example/s.mp4" type="video/mp4"></video>',
  '<picture><source srcset="//evil.example/ps.png"><img src="//evil.example/pi.png"></picture>',
  '<img src="//evil.example/i.png" srcset="//evil.example/i2.png 2x">',
  '<image src="//evil.example/image.png">',
  '![图](http://evil.example/md.png)',
  '<svg><image href="//evil.example/svg.png" /><use href="//evil.example/u.svg#a" /></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mi xlink:href="//evil.example/m">m</mi></math>',
  '<a href="javascript:alert(1)">js</a> <a href=" jav&#x09;ascript:alert(2)">js2</a>',
  '[md](javascript:alert(3)) [data](data:text/html,<script>alert(4)</script>)',
  '<a href="/api/library:info">relative</a> <a href="file:///etc/passwd">file</a>',
  '<a href="https://ok.example/" ping="//evil.example/ping" target="_self" rel="opener">ok</a>',
  '<div style="background:url(//evil.example/css.png)">css</div>',
  '<style>@import url(//evil.example/s.css); p { background: url(//evil.example/p.png) }</style>',
  '<link rel="stylesheet" href="//evil.example/l.css"><link rel="prefetch" href="//evil.example/pf">',
  '<meta http-equiv="refresh" content="0;url=//evil.example/"><base href="//evil.example/">',
  '<iframe src="//evil.example/f" srcdoc="<img src=//evil.example/sd.png>"></iframe>',
  '<object data="//evil.example/o.swf"></object><embed src="//evil.example/e.swf">',
  '<form action="//evil.example/f"><button formaction="//evil.example/b">go</button><input type="image" src="//evil.example/ii.png"></form>',
  '<map name="m"><area href="//evil.example/area" shape="rect" coords="0,0,9,9"></map>',
  '<body background="//evil.example/body.png"><p>body</p></body>',
  '<blockquote cite="//evil.example/c">q</blockquote><q cite="javascript:x">q</q>',
  '<details open ontoggle="fetch(\'//evil.example/t\')"><summary>s</summary></details>',
  '<p><a href="https://example.com/read">fine link</a> <a href="mailto:a@example.com">mail</a></p>',
]

/** Attributes that load, run or navigate; none may survive except a link's vetted href. */
const LOADING_ATTRIBUTES = [
  'src',
  'srcset',
  'srcdoc',
  'background',
  'poster',
  'data',
  'style',
  'action',
  'formaction',
  'ping',
  'xlink:href',
  'lowsrc',
  'dynsrc',
  'codebase',
  'manifest',
]
const LOADING_TAGS =
  'img,image,picture,video,audio,source,track,iframe,frame,object,embed,svg,math,style,link,meta,base,form,input,button,map,area'

const bundle = async (): Promise<string> => {
  const result = await build({
    entryPoints: [MODULE],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'notes',
    platform: 'browser',
    logLevel: 'silent',
  })
  return result.outputFiles[0].text
}

test('a rendered note keeps no tag or attribute that loads, and loads nothing', async ({
  page,
}) => {
  const script = await bundle()
  const requests: string[] = []
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url === `${ORIGIN}/`) {
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><div id="out"></div>',
      })
    }
    requests.push(url)
    return route.fulfill({ status: 204 })
  })
  await page.goto(`${ORIGIN}/`)
  await page.addScriptTag({ content: script })

  const rendered = await page.evaluate((vectors) => {
    const { renderMarkdown } = (
      window as unknown as {
        notes: { renderMarkdown: (markdown: string) => string }
      }
    ).notes
    const out = document.getElementById('out')!
    return vectors.map((vector) => {
      const html = renderMarkdown(vector)
      // Into the live page, as the reader shows it, so any load would really be attempted.
      const holder = document.createElement('div')
      holder.innerHTML = html
      out.append(holder)
      return html
    })
  }, VECTORS)
  // Give anything the page might fetch the time to ask for it.
  await page.waitForTimeout(500)
  expect(requests).toEqual([])

  for (const [index, html] of rendered.entries()) {
    const found = await page.evaluate(
      ({ html, tags, attributes }) => {
        const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
        const problems: string[] = []
        for (const element of doc.body.querySelectorAll(tags))
          problems.push(`<${element.localName}>`)
        for (const element of doc.body.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            const name = attribute.name.toLowerCase()
            if (attributes.includes(name) || name.startsWith('on')) problems.push(`@${name}`)
            if (name === 'href' && element.localName !== 'a')
              problems.push(`${element.localName}@href`)
          }
        }
        for (const link of doc.body.querySelectorAll('a[href]')) {
          const href = link.getAttribute('href')!
          if (!/^(https?:\/\/|mailto:)/i.test(href)) problems.push(`href=${href}`)
          if (link.getAttribute('target') !== '_blank')
            problems.push(`target=${link.getAttribute('target')}`)
          if (link.getAttribute('rel') !== 'noopener noreferrer')
            problems.push(`rel=${link.getAttribute('rel')}`)
        }
        return problems
      },
      { html, tags: LOADING_TAGS, attributes: LOADING_ATTRIBUTES },
    )
    expect(found, `${VECTORS[index]}\n→ ${html}`).toEqual([])
  }
  // Text and safe links survive.
  expect(rendered.at(-1)).toContain('href="https://example.com/read"')
  expect(rendered.at(-1)).toContain('href="mailto:a@example.com"')
  expect(rendered[0]).toContain('<table>')
})
