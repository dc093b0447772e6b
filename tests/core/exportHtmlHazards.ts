import { join } from 'node:path'
import type { ExportBundle } from '../../src/main/core/export/exportBundle'
import { gatherExport } from '../../src/main/core/export/gatherExport'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import type { StoryId } from '../../src/shared/ids'
import { EXPORT_NOW } from './exportFixture'
import { tempDir } from './tempDir'

/** Notes, titles and tags that try to run script or load something in an HTML or EPUB export. */
export const XSS = {
  title: `<script>alert("t")</script> 标题 & 'q' "x"`,
  collection: '<script>alert(2)</script>合集 & "c"',
  tag: '"><img src=x onerror=alert(1)>',
  schemeTag: 'javascript:alert(1)',
  note: [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)> <svg onload=alert(1)></svg>',
    '[click](javascript:alert(1)) [c2](JaVaScRiPt&#58;alert(1)) [c3](data:text/html,x)',
    '<a href="javascript:alert(1)">a</a> <iframe src="http://evil.example/"></iframe>',
    '![pic](http://images.example/x.png) [ok](https://example.com/?a=1&b=2 "t\\"onmouseover=alert(1)")',
    '<style>body{background:url(http://evil.example/)}</style>',
    ']]> &nbsp;&copy; \u0000\u0008 end',
  ].join('\n\n'),
}

// A body with characters outside the BMP before the highlights (code points and UTF-16 units
// differ from there on), a C0 control XML forbids, HTML specials, and room for overlaps.
const ASTRAL_PAGE = [
  '𠀀字标题😀',
  '第一段 𠀀😀 文字\u0001在这里，“引号” & <b>尖括号</b>。',
  '第二段：重叠的划线在此处展开。',
  '第三段没有划线。',
].join('\n\n')

const ENGLISH_PAGE = [
  '# A Quiet Morning',
  'The quick brown fox jumps over the lazy dog, again and again, until the sun comes up.',
  'Second paragraph, with "quotes" & ampersands.',
].join('\n\n')

/** A library of edge cases for HTML and EPUB exports, and what it holds. */
export interface HazardLibrary {
  library: Library
  astralId: StoryId
  englishId: StoryId
  /** A bundle of both stories (the astral one first) as a collection export makes it. */
  bundle: (isHighlightsOnly?: boolean) => ExportBundle
  /** A bundle of the English story alone. */
  englishBundle: () => ExportBundle
  remove: () => void
}

const codePointSpan = (body: string, quote: string): { start: number; end: number } => {
  const at = body.indexOf(quote)
  if (at < 0) throw new Error(`quote not in body: ${quote}`)
  const start = Array.from(body.slice(0, at)).length
  return { start, end: start + Array.from(quote).length }
}

/**
 * Two stories: a Chinese one with astral characters, a control character, overlapping and
 * paragraph-spanning highlights and XSS vectors in its title, tags, notes and collection; and
 * an English one with a noted highlight.
 */
export function hazardLibrary(): HazardLibrary {
  const temp = tempDir('export-hazards')
  const library = openLibrary(join(temp.dir, 'library'))
  library.importUploads([
    { name: 'astral.txt', bytes: Buffer.from(ASTRAL_PAGE) },
    { name: 'english.md', bytes: Buffer.from(ENGLISH_PAGE) },
  ])
  const find = (name: string) => {
    const summary = library.listStories().find((story) => story.sourceName === name)
    if (!summary) throw new Error(`no story from ${name}`)
    return library.getStory(summary.id)!
  }
  const astral = find('astral.txt')
  const english = find('english.md')
  const mark = (body: string, id: StoryId, quote: string, rest: Record<string, unknown>) =>
    library.createHighlight(id, { ...codePointSpan(body, quote), color: 'yellow', ...rest })
  mark(astral.body, astral.id, '𠀀😀 文字\u0001在这里', { note: XSS.note, tags: [XSS.tag] })
  mark(astral.body, astral.id, '“引号” & <b>尖括号</b>。\n\n第二段', { color: 'blue' })
  mark(astral.body, astral.id, '重叠的划线', { color: 'green', note: '先划的' })
  mark(astral.body, astral.id, '划线在此处展开', {
    color: 'pink',
    note: '后划的, "重叠"',
    tags: [XSS.schemeTag],
  })
  mark(english.body, english.id, 'lazy dog', { color: 'purple', note: 'A *classic* pangram.' })
  library.setTitle(astral.id, XSS.title)
  library.addTags([astral.id], [XSS.tag])
  library.saveNote(astral.id, XSS.note)
  const collection = library.createCollection(XSS.collection)
  library.addToCollection(collection.id, [astral.id, english.id])
  return {
    library,
    astralId: astral.id,
    englishId: english.id,
    bundle: (isHighlightsOnly = false) =>
      gatherExport(
        library,
        { scope: { kind: 'collection', id: collection.id }, format: 'html', isHighlightsOnly },
        () => EXPORT_NOW,
      ),
    englishBundle: () =>
      gatherExport(
        library,
        { scope: { kind: 'stories', ids: [english.id] }, format: 'html', isHighlightsOnly: false },
        () => EXPORT_NOW,
      ),
    remove: () => {
      library.close()
      temp.remove()
    },
  }
}
