import { describe, expect, it } from 'vitest'
import { readEndCredit, readMetaLine } from '../../src/main/core/split/articleCues'
import { mendBreaks } from '../../src/main/core/split/htmlBreaks'
import { readJsonLd } from '../../src/main/core/split/pageMetaJsonLd'
import { pageTitle, stripSiteName } from '../../src/main/core/split/pageTitle'
import { splitHtml } from '../../src/main/core/split/splitHtml'

const bodyOf = (html: string): string =>
  splitHtml(html)
    .map((story) => story.body)
    .join('\n\n')

describe('site names in titles', () => {
  it.each([
    [
      '宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网',
      '宇航员在太空中喝酒会怎么样？后果很严重',
    ],
    [
      '海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网',
      '海外留学生看两会：出国前后关注点大不同',
    ],
    ['夏季送清凉活动启动-新华网', '夏季送清凉活动启动'],
    ['夏季送清凉活动启动｜澎湃新闻', '夏季送清凉活动启动'],
    ['How to cook rice | Food | The Guardian', 'How to cook rice'],
    [
      "Obama admits US gun laws are his 'biggest frustration' - BBC News",
      "Obama admits US gun laws are his 'biggest frustration'",
    ],
    ['Drip irrigation spreads » riverside-gazette.example', 'Drip irrigation spreads'],
  ])('%s → %s', (title, headline) => {
    expect(stripSiteName(title)).toBe(headline)
  })

  it('keeps what belongs to the headline: hyphenated words, subtitles, colons, a long last part', () => {
    for (const title of [
      'Spider-Man: Far From Home review',
      '大国工匠——追记全国劳模张三',
      'Daring Fireball: Colophon',
      '2024 - the year our town rebuilt its harbour',
    ])
      expect(stripSiteName(title)).toBe(title)
  })

  it('strips a part that is the site name the page gives, however long', () => {
    expect(
      stripSiteName('Weekly edition | Mozilla Hacks – the Web developer blog', [
        'Mozilla Hacks – the Web developer blog',
      ]),
    ).toBe('Weekly edition')
  })

  it('prefers the page h1 when the title is it plus site parts', () => {
    expect(
      pageTitle({
        meta: null,
        document: '新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 ::',
        headings: ['新竹尖石_美樹營地賞楓 (2)'],
        siteNames: [],
      }),
    ).toBe('新竹尖石_美樹營地賞楓 (2)')
    // A logo in an h1 is not the headline.
    expect(
      pageTitle({ meta: 'Story - Site', document: null, headings: ['Site'], siteNames: ['Site'] }),
    ).toBe('Story')
  })
})

describe('JSON-LD', () => {
  it('reads the article in a @graph: headline, every author, date and publisher', () => {
    const block = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': ['NewsArticle'],
          headline: '标题',
          datePublished: '2024-05-12T09:30:00+08:00',
          author: [
            { '@type': 'Person', name: '王晓明' },
            '李华',
            { '@type': 'Person', url: 'https://x.example/a' },
          ],
          publisher: { '@type': 'Organization', name: '江城日报' },
        },
      ],
    })
    expect(readJsonLd(['{ broken', block])).toEqual({
      headline: '标题',
      authors: ['王晓明', '李华'],
      published: '2024-05-12T09:30:00+08:00',
      publisher: '江城日报',
    })
  })

  it('passes over blocks about something else and authors given as addresses', () => {
    expect(readJsonLd(['{"@type":"Organization","name":"Site"}'])).toBeNull()
    expect(
      readJsonLd(['{"@type":"BlogPosting","author":"https://x.example/me"}'])?.authors,
    ).toEqual([])
  })

  it('gives the byline of a page and never runs or prints what the block holds', () => {
    const page = (
      description: string,
    ) => `<html><head><title>Post</title><script type="application/ld+json">
      {"@type":"Article","headline":"Post","author":{"@type":"Person","name":"Jane Roe"},
       "description":"${description}"}</script></head>
      <body><h1>Post</h1><p>A paragraph of the post that is long enough to be read as its text.</p></body></html>`
    const [story] = splitHtml(page('<\\/script><img src=x onerror=alert(1)>'))
    expect(story.byline).toBe('Jane Roe')
    expect(story.body).toBe('A paragraph of the post that is long enough to be read as its text.')
    // An unescaped </script> ends the block there, as in a browser: the rest is page text.
    const [broken] = splitHtml(page('</script><img src=x onerror=alert(1)>'))
    expect(broken.body).not.toMatch(/onerror|alert|<img/)
  })
})

describe('Chinese furniture lines', () => {
  it('reads the writers of a line of labelled fields, and 来源 or 责任编辑 never as writers', () => {
    expect(
      readMetaLine('2024-05-12 09:30 来源：江城日报 作者：王晓明 李华 字号：【大 中 小】'),
    ).toEqual({
      authors: ['王晓明', '李华'],
      editors: [],
      compilers: [],
    })
    expect(readMetaLine('[责任编辑:肖春芳]')).toEqual({
      authors: [],
      editors: ['肖春芳'],
      compilers: [],
    })
    expect(readMetaLine('出品︱网易科学人栏目组 胖胖 作者︱春春')?.authors).toEqual(['春春'])
    expect(readMetaLine('本报记者 周敏 通讯员 杨帆')?.authors).toEqual(['周敏', '杨帆'])
    expect(readMetaLine('TNW中文站 2016年10月14日07:17 转播到腾讯微博')).toEqual({
      authors: [],
      editors: [],
      compilers: [],
    })
  })

  it('leaves sentences alone, even one that opens with a label or holds a date', () => {
    expect(readMetaLine('记者 张三报道，近日市总工会开展了送温暖活动。')).toBeNull()
    expect(
      readMetaLine('2024年5月12日，市总工会在人民广场启动送清凉活动，慰问一线职工。'),
    ).toBeNull()
    expect(readMetaLine('原标题：他晚于阿姆斯特朗登月 却是首个敢在月球喝酒的人')).toBeNull()
  })

  it('finds a labelled credit in brackets after the last sentence', () => {
    expect(readEndCredit('已将其研究结果发表在《自然》上。（编译/林靖东）')).toEqual({
      text: '已将其研究结果发表在《自然》上。',
      meta: { authors: [], editors: [], compilers: ['林靖东'] },
    })
    expect(readEndCredit('活动将持续到月底。（记者 周敏 许文）')?.meta.authors).toEqual([
      '周敏',
      '许文',
    ])
  })
})

describe('lines broken by <br>', () => {
  it('joins a break inside a CJK sentence and keeps one after a sentence or in Latin text', () => {
    expect(mendBreaks(['市总工会组织今年第一批一线职工', '疗休养活动。', '新的一段。'])).toEqual([
      '市总工会组织今年第一批一线职工疗休养活动。',
      '新的一段。',
    ])
    expect(mendBreaks(['First paragraph', 'second line'])).toEqual([
      'First paragraph',
      'second line',
    ])
  })

  it('keeps short subheads and furniture lines apart, and a blank line as a paragraph break', () => {
    expect(mendBreaks(['一、总体要求', '各地要把疗休养工作抓实抓细，确保职工满意。'])).toEqual([
      '一、总体要求',
      '各地要把疗休养工作抓实抓细，确保职工满意。',
    ])
    expect(mendBreaks(['作者：宋佳', '责任编辑：王卓'])).toEqual(['作者：宋佳', '责任编辑：王卓'])
    expect(mendBreaks(['没有结束的句子', '', '另起一段'])).toEqual(['没有结束的句子', '另起一段'])
  })
})

describe('formulas', () => {
  it('keeps TeX from alttext or an annotation, and reads plain MathML out in a line', () => {
    const html = `<title>Formulas</title><h1>Formulas</h1>
      <p>Wikipedia gives <math alttext="{\\displaystyle x^{2}+1}"><mi>x</mi></math> here.</p>
      <p>KaTeX gives <math><semantics><mrow><mi>y</mi></mrow><annotation encoding="application/x-tex">\\sqrt{y}</annotation></semantics></math> there.</p>
      <p>当 <math><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math> 时成立。</p>`
    expect(bodyOf(html).split('\n\n')).toEqual([
      'Wikipedia gives x^{2}+1 here.',
      'KaTeX gives \\sqrt{y} there.',
      '当 x = (−b)/(2a) 时成立。',
    ])
  })

  it('keeps a formula the page hides behind a picture or glyphs drawn for the eye', () => {
    const html = `<title>Hidden MathML</title><h1>Hidden MathML</h1><p>The area is
      <span class="mwe-math-element"><span style="display: none;"><math alttext="\\pi r^2"><mi>π</mi></math></span>
      <img aria-hidden="true" alt="\\pi r^2" src="x.svg"></span> for a circle.</p>
      <p>So <mjx-container class="MathJax CtxtMenu_Attached_0"><mjx-math aria-hidden="true"><mjx-c></mjx-c></mjx-math>
      <mjx-assistive-mml><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>, always.</p>`
    expect(bodyOf(html)).toBe('The area is \\pi r^2 for a circle.\n\nSo a ≠ 0, always.')
  })
})

describe('tables', () => {
  it('writes a data table a row per paragraph, header rows first, empty rows left out', () => {
    const html = `<title>T</title><h1>T</h1><p>The results were as follows for each of the teams.</p><table>
      <tbody><tr><td>红队</td><td>12<br>分</td></tr><tr><td></td><td></td></tr><tr><td>蓝队</td><td>9 分</td></tr></tbody>
      <thead><tr><th>队伍</th><th>得分</th></tr></thead></table>`
    expect(bodyOf(html).split('\n\n').slice(1)).toEqual([
      '队伍 | 得分',
      '红队 | 12 分',
      '蓝队 | 9 分',
    ])
  })

  it('reads a table used for layout as the paragraphs it holds', () => {
    const long =
      '这是一段很长的正文，用来说明这个表格只是用来排版的，里面放的是整篇文章的段落。'.repeat(4)
    const html = `<title>L</title><h1>L</h1><table role="presentation"><tr><td><p>${long}</p><p>第二段正文，同样是文章的一部分。</p></td><td><p>${long}</p></td></tr></table>`
    const paragraphs = bodyOf(html).split('\n\n')
    expect(paragraphs).toContain('第二段正文，同样是文章的一部分。')
    expect(paragraphs.some((paragraph) => paragraph.includes(' | '))).toBe(false)
  })
})

describe('hidden parts', () => {
  it('leaves out whatever the page hides, and keeps an open dialog and a closed <details>', () => {
    const html = `<title>Hidden</title><h1>Hidden</h1>
      <p>Visible paragraph one, long enough to be kept as the story's text.</p>
      <p hidden>hidden attribute</p><p aria-hidden="true">aria hidden</p><p aria-hidden="false">aria shown</p>
      <div style="COLOR: red; Display : None !important">display none</div>
      <div style="visibility:hidden">visibility hidden</div>
      <template><p>template text</p></template><dialog><p>closed dialog</p></dialog>
      <dialog open><p>open dialog text</p></dialog>
      <details><summary>More</summary><p>details text</p></details>
      <p>Visible paragraph two, which closes the story.</p>`
    const body = bodyOf(html)
    for (const hidden of [
      'hidden attribute',
      'aria hidden',
      'display none',
      'visibility hidden',
      'template text',
      'closed dialog',
    ])
      expect(body).not.toContain(hidden)
    for (const shown of ['aria shown', 'open dialog text', 'details text', 'Visible paragraph two'])
      expect(body).toContain(shown)
  })
})
