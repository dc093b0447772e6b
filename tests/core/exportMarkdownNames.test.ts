import { DomUtils, parseDocument } from 'htmlparser2'
import { marked } from 'marked'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StoryId } from '../../src/shared/ids'
import type { ExportBundle, ExportFile } from '../../src/main/core/export/exportBundle'
import { gatherExport } from '../../src/main/core/export/gatherExport'
import { linkedStems } from '../../src/main/core/export/markdownIndex'
import { frontMatterId } from '../../src/main/core/export/markdownKeep'
import { safeStem } from '../../src/main/core/export/markdownNames'
import {
  containMarkdown,
  escapeMarkdown,
  obsidianTag,
} from '../../src/main/core/export/markdownText'
import { toMarkdown } from '../../src/main/core/export/toMarkdown'
import { EXPORT_NOW, exportFixture, type ExportFixture } from './exportFixture'

let fixture: ExportFixture
let bundle: ExportBundle
beforeAll(() => {
  fixture = exportFixture()
  bundle = gatherExport(fixture.library, fixture.request('markdown'), () => EXPORT_NOW)
})
afterAll(() => fixture.remove())

/** The fixture's first story again under other ids and headlines, in a `stories` export. */
const storiesNamed = (titles: Array<[string, string]>, title = 'Inkstone'): ExportBundle => ({
  ...bundle,
  title,
  scope: { kind: 'stories', ids: titles.map(([id]) => id as StoryId) },
  stories: titles.map(([id, headline]) => ({
    ...bundle.stories[0],
    story: { ...bundle.stories[0].story, id: id as StoryId, title: headline },
  })),
})

/** A folder's files as readExisting sees them. */
const folderOf = (...exports: ExportFile[][]) => {
  const files = new Map<string, string>()
  for (const written of exports) for (const file of written) files.set(file.path, String(file.data))
  return (path: string) => files.get(path) ?? null
}

const paths = (files: ExportFile[]) => files.map((file) => file.path)

describe('safeStem', () => {
  it.each([
    ['a/b\\c:d*e?f"g<h>i|j', "a-b-c d e f'g h i-j"],
    ['  ..hidden. . ', 'hidden'],
    ['tab\there\u0000nul\u007f\u0085end', 'tab here nul end'],
    ['[[wiki]] #tag ^id', '((wiki)) tag id'],
    ['CON', 'CON_'],
    ['nul', 'nul_'],
    ['Com1.notes', 'Com1_.notes'],
    ['LPT9 ', 'LPT9_'],
    ['CONSOLE', 'CONSOLE'],
    ['e\u0301t\u00e9', '\u00e9t\u00e9'],
    ['“四点半课堂”:守护成长不“真空”', '“四点半课堂” 守护成长不“真空”'],
  ])('makes %j safe as %j', (title, stem) => {
    expect(safeStem(title, 'fallback')).toBe(stem)
  })

  it('falls back when nothing is left', () => {
    expect(safeStem('???', 'story 1')).toBe('story 1')
    expect(safeStem(' . ', '')).toBe('Untitled')
  })

  it('caps the length in UTF-8 bytes at a character boundary, and says so', () => {
    for (const unit of ['x', '汉', '👨‍👩‍👧', 'e\u0301']) {
      const stem = safeStem(unit.repeat(300), '')
      expect(Buffer.byteLength(stem)).toBeLessThanOrEqual(150)
      expect(stem.endsWith('…')).toBe(true)
      expect(stem.slice(0, -1).normalize('NFC')).toBe(
        unit.normalize('NFC').repeat(stem.slice(0, -1).length / unit.normalize('NFC').length),
      )
    }
  })
})

describe('file names across exports', () => {
  it('are unique within an export, case-insensitively, and never the index', () => {
    const files = toMarkdown(
      storiesNamed([
        ['a1', 'Report'],
        ['b2', 'report'],
        ['c3', 'REPORT.'],
        ['d4', 'Report?'],
        ['e5', 'inkstone'],
      ]),
      () => null,
    )
    expect(paths(files)).toEqual([
      'Report.md',
      'report (2).md',
      'REPORT (3).md',
      'Report (4).md',
      'inkstone (2).md',
      'Inkstone.md',
    ])
  })

  it("never overwrite a file that is not the story's own", () => {
    const mine = '# Report\n\nMy own note, not an export.\n'
    const other = '---\nid: zzzz\n---\n\n# Report\n'
    const files = toMarkdown(
      storiesNamed([['a1', 'Report']]),
      folderOf([
        { path: 'Report.md', data: mine },
        { path: 'Report (2).md', data: other },
      ]),
    )
    expect(paths(files)).toEqual(['Report (3).md', 'Inkstone.md'])
  })

  it('stay with their story when another export, order or gap changes the numbering', () => {
    const first = toMarkdown(
      storiesNamed([
        ['a1', 'Report'],
        ['b2', 'Report'],
        ['c3', 'Report'],
      ]),
      () => null,
    )
    expect(paths(first)).toEqual(['Report.md', 'Report (2).md', 'Report (3).md', 'Inkstone.md'])
    // A different scope (so a different index), stories reordered, "Report (2).md" deleted.
    const folder = folderOf(first.filter((file) => file.path !== 'Report (2).md'))
    const again = toMarkdown(
      storiesNamed(
        [
          ['d4', 'Report'],
          ['c3', 'Report'],
          ['a1', 'Report'],
        ],
        '周末',
      ),
      folder,
    )
    expect(paths(again)).toEqual(['Report (2).md', 'Report (3).md', 'Report.md', '周末.md'])
  })

  it('follow the old index to a file the reader renamed, and ignore links outside the folder', () => {
    const first = toMarkdown(storiesNamed([['a1', 'Report']]), () => null)
    const renamed = { path: '我的报告.md', data: first[0].data }
    const index = String(first[1].data).replace(
      '[[Report]]',
      '[[我的报告]] [[../escape]] [[sub/x]]',
    )
    const files = toMarkdown(
      storiesNamed([['a1', 'Report']]),
      folderOf([renamed, { path: 'Inkstone.md', data: index }]),
    )
    expect(paths(files)).toEqual(['我的报告.md', 'Inkstone.md'])
    expect(linkedStems(index)).toEqual(['我的报告'])
  })
})

describe('Markdown escaping', () => {
  const rendered = (markdown: string) =>
    DomUtils.textContent(parseDocument(marked.parse(markdown, { async: false }))).replace(/\n$/, '')

  it.each([
    '# 不是标题',
    '1. 不是列表',
    '2) 也不是',
    '- 不是列表',
    '+ 不是列表',
    '> 不是引用',
    '---',
    '===',
    '    四个空格不是代码',
    '*星号* _下划线_ `反引号` [链接](http://x) <b>标签</b> &amp; \\ ~~删除~~',
    '| 表格 | 不是 |',
    '<!-- 注释 -->',
    '![图](x.png)',
  ])('renders %j as itself', (text) => {
    expect(rendered(escapeMarkdown(text))).toBe(text)
  })

  it('defuses Obsidian syntax: comments, marks, tags, block ids, math', () => {
    const escaped = escapeMarkdown('%%藏%% ==亮== #标签 结尾 ^abc $x$')
    expect(escaped).toBe('\\%\\%藏\\%\\% \\=\\=亮\\=\\= \\#标签 结尾 \\^abc \\$x\\$')
    expect(rendered(escaped)).toBe('%%藏%% ==亮== #标签 结尾 ^abc $x$')
  })

  it("keeps a note's Markdown but closes what would swallow the rest of the file", () => {
    expect(containMarkdown('**粗**\r\n- 项')).toBe('**粗**\n- 项')
    expect(containMarkdown('```js\nlet a = 1')).toBe('```js\nlet a = 1\n```')
    expect(containMarkdown('````\n```\n````')).toBe('````\n```\n````')
    expect(containMarkdown('<pre>\n代码')).toBe('<pre>\n代码\n</pre>')
    expect(containMarkdown('50%% 的人')).toBe('50\\%\\% 的人')
  })

  it.each([
    ['key idea', 'key-idea'],
    ['2020', '_2020'],
    ['地区/盐城', '地区/盐城'],
    ['#hash', 'hash'],
    ['@提及', '提及'],
    ['a  b--c', 'a-b-c'],
    ['!!!', null],
  ])('makes the tag %j #%s', (name, tag) => {
    expect(obsidianTag(name)).toBe(tag)
  })

  it('reads the id back from front matter, quoted or not', () => {
    expect(frontMatterId('---\nid: abc123\ntitle: x\n---\n')).toBe('abc123')
    expect(frontMatterId('---\r\ntitle: x\r\nid: "0123"\r\n---\r\nbody')).toBe('0123')
    expect(frontMatterId('# no front matter\nid: abc')).toBeNull()
  })
})
