import type { ExportBundle, ExportStory } from './exportBundle'

// An exported file is read away from the app, where no i18n table can translate a code, so the
// few words it carries (headings, the back link's label) are written in the language of what it
// holds: Chinese unless every story is clearly English.

/** The words an HTML or EPUB export writes around the reader's text. */
export interface ExportLabels {
  lang: 'zh' | 'en'
  contents: string
  notes: string
  storyNote: string
  highlights: string
  noHighlights: string
  unplaced: string
  page: string
  tags: string
  collections: string
  exported: string
  untitled: string
  backToText: string
  /** "3 stories, 12 highlights" in the export's header. */
  counts: (stories: number, highlights: number) => string
}

const ZH: ExportLabels = {
  lang: 'zh',
  contents: '目录',
  notes: '注释',
  storyNote: '笔记',
  highlights: '划线',
  noHighlights: '没有划线',
  unplaced: '正文中已找不到的划线',
  page: '来源',
  tags: '标签',
  collections: '合集',
  exported: '导出于',
  untitled: '无标题',
  backToText: '返回正文',
  counts: (stories, highlights) => `${stories} 篇 · ${highlights} 处划线`,
}

const EN: ExportLabels = {
  lang: 'en',
  contents: 'Contents',
  notes: 'Notes',
  storyNote: 'Note',
  highlights: 'Highlights',
  noHighlights: 'No highlights',
  unplaced: 'Highlights no longer found in the text',
  page: 'Page',
  tags: 'Tags',
  collections: 'Collections',
  exported: 'Exported',
  untitled: 'Untitled',
  backToText: 'Back to the text',
  counts: (stories, highlights) =>
    `${stories} ${stories === 1 ? 'story' : 'stories'} · ${highlights} ${highlights === 1 ? 'highlight' : 'highlights'}`,
}

// Enough of a story to judge its language without reading a long one whole.
const SAMPLE = 4000
const HAN = /\p{Script=Han}/gu
const LATIN = /\p{Script=Latin}/gu

/**
 * "en" when a story is clearly English (at least 20 Latin letters and under one Han character
 * per hundred of them), else "zh": a Chinese story quoting English words stays Chinese.
 */
export function storyLang(item: ExportStory): 'zh' | 'en' {
  const sample = `${item.story.title}\n${item.story.body.slice(0, SAMPLE)}`
  const han = sample.match(HAN)?.length ?? 0
  const latin = sample.match(LATIN)?.length ?? 0
  return latin >= 20 && han * 100 < latin ? 'en' : 'zh'
}

/** The words for an export: English only when every story in it is clearly English. */
export function exportLabels(bundle: ExportBundle): ExportLabels {
  const isEnglish =
    bundle.stories.length > 0 && bundle.stories.every((item) => storyLang(item) === 'en')
  return isEnglish ? EN : ZH
}
