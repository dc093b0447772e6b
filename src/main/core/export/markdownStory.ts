import { stringify } from 'yaml'
import type { ExportBundle, ExportHighlight, ExportStory } from './exportBundle'
import {
  blockId,
  containMarkdown,
  escapeMarkdown,
  obsidianTag,
  quoteBlock,
  unixLines,
} from './markdownText'

/**
 * Section headings of a story file. English, like Readwise's and Zotero's Markdown exports:
 * other tools and plugins (Dataview queries, templates) look for fixed words.
 */
export const HEADINGS = {
  note: 'Note',
  story: 'Story',
  highlights: 'Highlights',
  orphans: 'Orphaned highlights',
} as const

/** Obsidian-safe tag names, each once, in the order given. */
export const tagList = (names: string[]): string[] => [
  ...new Set(names.flatMap((name) => obsidianTag(name) ?? [])),
]

/** YAML front matter between `---` lines; long strings never folded onto a second line. */
export function frontMatter(fields: Record<string, unknown>): string {
  return `---\n${stringify(fields, { lineWidth: 0 })}---`
}

const storyFrontMatter = (item: ExportStory, exportedAt: string): string => {
  const { story, source } = item
  return frontMatter({
    id: story.id,
    title: story.title,
    byline: story.byline,
    source: source?.name ?? null,
    'source-path': source?.path ?? null,
    tags: tagList(story.tags.map((tag) => tag.name)),
    collections: item.collections,
    imported: story.importedAt,
    exported: exportedAt,
  })
}

/** One highlight: the quote, its block id, colour and tags, then the reader's note. */
const highlightBlock = (highlight: ExportHighlight): string => {
  const tags = tagList(highlight.tags.map((tag) => tag.name)).map((tag) => `#${tag}`)
  const parts = [
    quoteBlock(highlight.quote.exact),
    `^${blockId(highlight.id)}`,
    [`*${escapeMarkdown(highlight.colorName)}*`, ...tags].join(' · '),
  ]
  const note = containMarkdown(highlight.note)
  if (note.trim()) parts.push(note)
  return parts.join('\n\n')
}

/** A heading or a byline is one line: any line break in it becomes a space. */
export const oneLine = (text: string): string =>
  text.replace(/[ \t]*[\r\n\u2028\u2029]+[ \t]*/g, ' ').trim()

const section = (heading: string, blocks: string[]): string[] =>
  blocks.length === 0 ? [] : [`## ${heading}`, ...blocks]

/**
 * The part of a story's Markdown file Inkstone owns (everything above the keep-below
 * marker): front matter, headline, byline and source, the story's own note, its text
 * (unless the export is highlights-only), its highlights, and its orphans apart.
 */
export function storyMarkdown(item: ExportStory, bundle: ExportBundle): string {
  const { story, source } = item
  const byline = [story.byline, source?.name].flatMap((part) => (part ? oneLine(part) : []))
  const placed = item.highlights.filter((highlight) => !highlight.isOrphan)
  const orphans = item.highlights.filter((highlight) => highlight.isOrphan)
  const note = item.note ? containMarkdown(item.note.markdown) : ''
  const blocks = [
    storyFrontMatter(item, bundle.exportedAt),
    `# ${escapeMarkdown(oneLine(story.title))}`,
    ...(byline.length > 0 ? [byline.map((part) => escapeMarkdown(part)).join(' · ')] : []),
    ...section(HEADINGS.note, note.trim() ? [note] : []),
    ...section(
      HEADINGS.story,
      bundle.isHighlightsOnly || !story.body.trim() ? [] : [escapeMarkdown(story.body.trim())],
    ),
    ...section(HEADINGS.highlights, placed.map(highlightBlock)),
    ...section(
      HEADINGS.orphans,
      orphans.length === 0
        ? []
        : [
            // Why the section exists, for a reader who never saw Inkstone's orphan marker.
            '*These passages are no longer in the text of the story.*',
            ...orphans.map(highlightBlock),
          ],
    ),
  ]
  return unixLines(blocks.join('\n\n'))
}
