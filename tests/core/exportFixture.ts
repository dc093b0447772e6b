import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CollectionId, HighlightId, StoryId, TagId } from '../../src/shared/ids'
import type { ExportRequest } from '../../src/shared/exports'
import type { ExportBundle } from '../../src/main/core/export/exportBundle'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { tempDir } from './tempDir'

/** When fixture exports are made: pass `() => EXPORT_NOW` to gatherExport for golden files. */
export const EXPORT_NOW = new Date('2024-05-04T12:00:00.000Z')

/** The collection's name: a colon and a slash, so file names must be made safe. */
export const COLLECTION_NAME = '工会精选: 劳模/帮扶'

/** The photo story is renamed to this: HTML and XML specials, quotes, a slash and a colon. */
export const RENAMED_TITLE = 'Photo: 党史进工地 <传递> & "正能量" 1/2'

// Notes that stress every format's escaping: Chinese and ASCII punctuation, both kinds of
// quote, newlines, Markdown, a line that looks like YAML, and a formula-looking start.
export const NOTES = {
  markdown:
    '**要点**：劳模贷, 利率优惠\n\n- 绿色通道\n- 延期续贷\n\n见 [建行](https://example.com/a?b=1&c=2) `code`',
  quotes: '他说："稳就业, 保民生"，又说“工会在行动”。\r\nSecond line, with a comma',
  formula: '=SUM(A1:A2) 不是公式, 只是笔记',
  yamlish: '---\ntitle: 不是前言\n---\n# 标题样的行\n> 引用样的行',
  story:
    '## 读后感\n\n这篇写"四点半课堂"，值得*再读*。\n\n1. 托管\n2. 志愿者, 100余人\n\n<b>不是标签</b> & 符号',
} as const

// Not libraryFixture's helpers: that module imports vitest, and this one must also load in
// a plain child process.
const storyTitled = (library: Library, text: string) => {
  const found = library.listStories().find((item) => item.title.includes(text))
  if (!found) throw new Error(`no seed story titled ${text}`)
  return library.getStory(found.id)!
}

const spanOf = (body: string, quote: string): { start: number; end: number } => {
  const at = body.indexOf(quote)
  if (at < 0) throw new Error(`quote not in body: ${quote}`)
  const start = Array.from(body.slice(0, at)).length
  return { start, end: start + Array.from(quote).length }
}

/** A fixed clock: one second later on every call, so created/updated times are the same each run. */
const steppingClock = (start: string): (() => Date) => {
  let at = Date.parse(start)
  return () => {
    const now = new Date(at)
    at += 1000
    return now
  }
}

/** A temp library shaped for export tests, and what it holds. */
export interface ExportFixture {
  library: Library
  /** The temp folder: the library is in `library`, the seed copy in `seeds`. */
  dir: string
  /** Closes the library and deletes the temp folder. */
  remove: () => void
  collectionId: CollectionId
  /** The collection's stories in its order (not library order). */
  storyIds: StoryId[]
  /** Every highlight made, in the order made (the orphan included). */
  highlightIds: HighlightId[]
  /** The highlight whose passage was removed from its page (isOrphan true). */
  orphanId: HighlightId
  /** A highlight on a story outside the collection (for `all` and tag scopes). */
  outsideId: HighlightId
  /** The story tag '帮扶' (on two stories of the collection and one outside it). */
  storyTagId: TagId
  /** A request for the collection in a format; highlights-only when asked. */
  request: (format: ExportRequest['format'], isHighlightsOnly?: boolean) => ExportRequest
}

/**
 * The seed pages with real annotations for export tests: a collection of five stories in a
 * chosen order (one renamed, one photo, one with a long headline), highlights in every colour
 * (yellow renamed '重点'), notes full of escaping hazards, highlight tags (one with a space),
 * story tags, a story note, a passage spanning two paragraphs, and one orphan.
 */
export function exportFixture(): ExportFixture {
  const temp = tempDir('export', true)
  const library = openLibrary(join(temp.dir, 'library'), {
    now: steppingClock('2024-03-01T08:00:00.000Z'),
  })
  library.importPaths([temp.seeds])
  library.updateSettings({
    highlightColorNames: { yellow: '重点', green: '', blue: '', pink: '疑问', purple: '' },
  })

  const kids = storyTitled(library, '四点半课堂')
  const loan = storyTitled(library, '蚌埠“劳模贷”')
  const relief = storyTitled(library, '淮南市总工会2020年')
  const photo = storyTitled(library, '党史进工地')
  const longTitle = storyTitled(library, '生命绝唱铸忠诚')
  const outside = storyTitled(library, '合肥市总工会全面启动')
  library.setTitle(photo.id, RENAMED_TITLE)

  const highlight = (
    story: { id: StoryId; body: string },
    quote: string,
    rest: {
      color: 'yellow' | 'green' | 'blue' | 'pink' | 'purple'
      note?: string
      tags?: string[]
    },
  ): HighlightId => library.createHighlight(story.id, { ...spanOf(story.body, quote), ...rest }).id

  const highlightIds = [
    highlight(kids, '“四点半课堂”福利性托管班', { color: 'yellow', tags: ['托管', 'key idea'] }),
    highlight(kids, '环境卫生整洁,安保设施和托管设备齐全。\n\n“四点半课堂”自开办以来', {
      color: 'green',
      note: NOTES.quotes,
    }),
    highlight(kids, '服务学生近700人次', { color: 'purple', note: NOTES.yamlish, tags: ['数字'] }),
    highlight(loan, '为8位劳模发放贷款2435万元', {
      color: 'pink',
      note: NOTES.markdown,
      tags: ['劳模', '工会'],
    }),
    highlight(loan, '迅速安排人员对接', { color: 'blue', note: '这句后来被删掉了' }),
    highlight(relief, '惠及340名一线职工', { color: 'blue', note: NOTES.formula, tags: ['数字'] }),
    highlight(relief, '解困脱困1.2220万余户', { color: 'yellow' }),
    highlight(photo, '冰血长津湖', { color: 'green', note: '+ 电影同名', tags: ['@提及'] }),
  ]
  const orphanId = highlightIds[4]
  const outsideId = highlight(outside, '送温暖活动', { color: 'yellow', note: '不在合集里' })

  // Remove the orphan's sentence from its page and import the page again.
  const loanFile = join(temp.seeds, loan.sourceName)
  const sentence =
    '市建行本着特事特办的原则,迅速安排人员对接,为8位劳模通过了2435万元额度的信贷审批。'
  const page = readFileSync(loanFile, 'utf8')
  if (!page.includes(sentence)) throw new Error('seed page changed: orphan sentence not found')
  writeFileSync(loanFile, page.replace(sentence, ''))
  library.importPaths([temp.seeds])
  const orphan = library.listHighlights({}).find((h) => h.id === orphanId)
  if (!orphan?.isOrphan) throw new Error('fixture orphan was re-anchored')

  const collection = library.createCollection(COLLECTION_NAME)
  const storyIds = [kids.id, loan.id, relief.id, photo.id, longTitle.id]
  library.addToCollection(collection.id, storyIds)
  const [storyTag] = library.addTags([kids.id, relief.id, outside.id], ['帮扶'])
  library.addTags([kids.id], ['to read', 'Obsidian#like'])
  library.saveNote(kids.id, NOTES.story)
  library.saveNote(loan.id, '贷款: "2435万元", 8位劳模')

  return {
    library,
    dir: temp.dir,
    remove: () => {
      library.close()
      temp.remove()
    },
    collectionId: collection.id,
    storyIds,
    highlightIds,
    orphanId,
    outsideId,
    storyTagId: storyTag.id,
    request: (format, isHighlightsOnly = false) => ({
      scope: { kind: 'collection', id: collection.id },
      format,
      isHighlightsOnly,
    }),
  }
}

/**
 * Replaces what differs between runs with stable names, for golden files: story ids become
 * `story-1`.., highlight ids `hl-1`.. (in bundle order), the temp folder becomes `<dir>`.
 */
export function normaliseExport(text: string, bundle: ExportBundle, dir: string): string {
  const names = new Map<string, string>()
  let highlightCount = 0
  bundle.stories.forEach((item, index) => {
    names.set(item.story.id, `story-${index + 1}`)
    for (const h of item.highlights) names.set(h.id, `hl-${++highlightCount}`)
  })
  let out = text.split(dir).join('<dir>')
  for (const [id, name] of names) out = out.split(id).join(name)
  return out
}
