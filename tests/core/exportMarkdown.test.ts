import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DomUtils, parseDocument } from 'htmlparser2'
import { marked } from 'marked'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { ExportBundle } from '../../src/main/core/export/exportBundle'
import { gatherExport } from '../../src/main/core/export/gatherExport'
import { KEEP_MARKER } from '../../src/main/core/export/markdownKeep'
import { obsidianTag } from '../../src/main/core/export/markdownText'
import { toMarkdown } from '../../src/main/core/export/toMarkdown'
import { readExistingIn, writeExportFiles } from '../../src/main/core/export/writeExportFiles'
import { EXPORT_NOW, exportFixture, normaliseExport, type ExportFixture } from './exportFixture'

const GOLDEN = join(import.meta.dirname, 'fixtures/export/markdown')

/** The text a Markdown renderer shows for `markdown` (tags dropped, references decoded). */
const rendered = (markdown: string): string =>
  DomUtils.textContent(parseDocument(marked.parse(markdown, { async: false })))

const frontMatterOf = (text: string): Record<string, unknown> =>
  parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as Record<string, unknown>

let fixture: ExportFixture
let bundle: ExportBundle
beforeAll(() => {
  fixture = exportFixture()
  bundle = gatherExport(fixture.library, fixture.request('markdown'), () => EXPORT_NOW)
})
afterAll(() => fixture.remove())

describe('toMarkdown golden files', () => {
  for (const isHighlightsOnly of [false, true]) {
    const variant = isHighlightsOnly ? 'highlights-only' : 'full'
    it(`match the ${variant} export of the fixture collection`, async () => {
      const request = fixture.request('markdown', isHighlightsOnly)
      const exported = gatherExport(fixture.library, request, () => EXPORT_NOW)
      const files = toMarkdown(exported, () => null)
      const names = `${files.map((file) => file.path).join('\n')}\n`
      await expect(names).toMatchFileSnapshot(join(GOLDEN, variant, 'files.txt'))
      for (const file of files) {
        const text = normaliseExport(String(file.data), exported, fixture.dir)
        await expect(text).toMatchFileSnapshot(join(GOLDEN, variant, file.path))
      }
    })
  }
})

describe('toMarkdown content', () => {
  it('writes one file per story and the index last, listing the stories in order', () => {
    const files = toMarkdown(bundle, () => null)
    expect(files).toHaveLength(bundle.stories.length + 1)
    const index = String(files.at(-1)!.data)
    expect(files.at(-1)!.path).toBe('工会精选 劳模-帮扶.md')
    expect(frontMatterOf(index)).toMatchObject({
      id: `collection-${fixture.collectionId}`,
      title: '工会精选: 劳模/帮扶',
      stories: 5,
      highlights: 8,
    })
    const links = [...index.matchAll(/^\d+\. \[\[([^\]|]+)/gm)].map((match) => `${match[1]}.md`)
    expect(links).toEqual(files.slice(0, -1).map((file) => file.path))
    expect(index).toContain(
      `[[Photo 党史进工地 传递 & '正能量' 1-2|Photo: 党史进工地 <传递> & "正能量" 1/2]]`,
    )
  })

  it('puts every field in YAML front matter exactly', () => {
    const files = toMarkdown(bundle, () => null)
    bundle.stories.forEach((item, index) => {
      const meta = frontMatterOf(String(files[index].data))
      expect(meta).toEqual({
        id: item.story.id,
        title: item.story.title,
        byline: item.story.byline,
        source: item.source!.name,
        'source-path': item.source!.path,
        tags: expect.any(Array),
        collections: ['工会精选: 劳模/帮扶'],
        imported: item.story.importedAt,
        exported: EXPORT_NOW.toISOString(),
      })
    })
    expect(frontMatterOf(String(files[0].data)).tags).toEqual(['帮扶', 'Obsidian-like', 'to-read'])
  })

  it('renders the story text, quotes, notes and headings exactly as the library holds them', () => {
    const files = toMarkdown(bundle, () => null)
    bundle.stories.forEach((item, index) => {
      const text = String(files[index].data)
      const shown = rendered(text.replace(/^---\n[\s\S]*?\n---\n/, ''))
      expect(shown).toContain(item.story.title)
      for (const paragraph of item.story.body.split(/\n\n+/)) expect(shown).toContain(paragraph)
      for (const highlight of item.highlights) {
        expect(text).toContain(`\n^hl-${highlight.id}\n`)
        for (const line of highlight.quote.exact.split(/\n+/)) expect(shown).toContain(line)
        for (const tag of highlight.tags) expect(text).toContain(`#${obsidianTag(tag.name)}`)
        expect(text).toContain(highlight.colorName)
      }
    })
    const kids = String(files[0].data)
    // Notes keep their Markdown (only line ends become LF).
    expect(kids).toContain('他说："稳就业, 保民生"，又说“工会在行动”。\nSecond line, with a comma')
    expect(kids).toContain('\n\n## Note\n\n## 读后感\n')
    expect(kids).toContain('> 环境卫生整洁,安保设施和托管设备齐全。\n>\n> “四点半课堂”自开办以来\n')
    expect(String(files[1].data)).toContain('**要点**：劳模贷, 利率优惠\n\n- 绿色通道')
  })

  it('lists orphans apart, and leaves the text out of a highlights-only export', () => {
    const loan = String(toMarkdown(bundle, () => null)[1].data)
    const orphanAt = loan.indexOf(`^hl-${fixture.orphanId}`)
    expect(loan.indexOf('## Orphaned highlights')).toBeGreaterThan(loan.indexOf('## Highlights'))
    expect(orphanAt).toBeGreaterThan(loan.indexOf('## Orphaned highlights'))

    const only = gatherExport(fixture.library, fixture.request('markdown', true), () => EXPORT_NOW)
    const files = toMarkdown(only, () => null)
    const kids = String(files[0].data)
    expect(kids).not.toContain('## Story')
    expect(kids).not.toContain('一群小学生正在老师的辅导下')
    expect(kids).toContain('## Note')
    expect(kids).toContain('> “四点半课堂”福利性托管班')
    expect(String(files[4].data)).not.toContain('## Highlights')
  })

  it('ends the generated part with the marker line, once', () => {
    for (const file of toMarkdown(bundle, () => null)) {
      const text = String(file.data)
      expect(text.endsWith(`\n\n${KEEP_MARKER}\n`)).toBe(true)
      expect(text.split(KEEP_MARKER)).toHaveLength(2)
    }
  })
})

describe('exporting again to the same folder', () => {
  // Its own library: this test changes highlights and headlines.
  let own: ExportFixture
  beforeAll(() => {
    own = exportFixture()
  })
  afterAll(() => own.remove())

  it('updates files in place and keeps what the reader wrote below the marker', () => {
    const folder = join(own.dir, 'vault')
    const first = toMarkdown(
      gatherExport(own.library, own.request('markdown'), () => EXPORT_NOW),
      readExistingIn(folder),
    )
    writeExportFiles(folder, 'markdown', first)
    const kidsPath = join(folder, first[0].path)
    const indexPath = join(folder, first.at(-1)!.path)
    // The reader's editor wrote CRLF, a block id and quotes: all kept byte for byte.
    const mine = '\r\n## 我的想法\r\n\r\n托管班很有用, "值得推广"。 ^my-block\r\n'
    writeFileSync(kidsPath, readFileSync(kidsPath, 'utf8') + mine)
    writeFileSync(indexPath, `${readFileSync(indexPath, 'utf8')}- 读书会下周二\n`)

    const [kids, , relief] = own.storyIds
    const added = own.library.createHighlight(kids, { start: 0, end: 3, color: 'pink' })
    own.library.setTitle(relief, '淮南：困难职工帮扶综述 (改)')
    const files = toMarkdown(
      gatherExport(own.library, own.request('markdown'), () => EXPORT_NOW),
      readExistingIn(folder),
    )
    expect(files.map((file) => file.path)).toEqual(first.map((file) => file.path))
    writeExportFiles(folder, 'markdown', files)
    expect(readdirSync(folder).sort()).toEqual(files.map((file) => file.path).sort())

    const text = readFileSync(kidsPath, 'utf8')
    expect(text).toContain(`^hl-${added.id}`)
    expect(text.endsWith(`${KEEP_MARKER}\n${mine}`)).toBe(true)
    expect(text.split(KEEP_MARKER)).toHaveLength(2)
    expect(readFileSync(indexPath, 'utf8').endsWith(`${KEEP_MARKER}\n- 读书会下周二\n`)).toBe(true)
    // The renamed story keeps its file; its new headline is in the file and the index.
    const reliefText = readFileSync(join(folder, first[2].path), 'utf8')
    expect(frontMatterOf(reliefText).title).toBe('淮南：困难职工帮扶综述 (改)')
    expect(readFileSync(indexPath, 'utf8')).toContain(
      '[[淮南市总工会2020年实施困难职工帮扶民生工程综述|淮南：困难职工帮扶综述 (改)]]',
    )
  })

  it('keeps the whole old body when the reader deleted the marker', () => {
    const folder = join(own.dir, 'no-marker')
    const exported = gatherExport(own.library, own.request('markdown'), () => EXPORT_NOW)
    writeExportFiles(folder, 'markdown', toMarkdown(exported, readExistingIn(folder)))
    const path = join(folder, '蚌埠“劳模贷”首批发放贷款2435万元.md')
    const edited = readFileSync(path, 'utf8').replace(`${KEEP_MARKER}\n`, '我改了上面的引文。\n')
    writeFileSync(path, edited)
    writeExportFiles(folder, 'markdown', toMarkdown(exported, readExistingIn(folder)))
    const text = readFileSync(path, 'utf8')
    expect(text.split(KEEP_MARKER)).toHaveLength(2)
    expect(text.endsWith(edited.replace(/^---\n[\s\S]*?\n---\n\n/, ''))).toBe(true)
  })
})
