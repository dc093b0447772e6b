import { createHash } from 'node:crypto'
import type { ExportBundle, ExportStory } from './exportBundle'
import { KEEP_MARKER } from './markdownKeep'
import { isPlainName } from './markdownNames'
import { frontMatter, oneLine } from './markdownStory'
import { escapeMarkdown } from './markdownText'

const shortHash = (text: string): string =>
  createHash('sha256').update(text).digest('hex').slice(0, 12)

/**
 * The `id` of an export's index file, the same each time the same scope is exported, so the
 * next export finds its index (and through it the stories' files) again.
 */
export function indexId(bundle: ExportBundle): string {
  const { scope } = bundle
  switch (scope.kind) {
    case 'collection':
      return `collection-${scope.id}`
    case 'tag':
      return `tag-${scope.id}`
    case 'query':
      return `query-${shortHash(scope.text)}`
    case 'stories':
      return `stories-${shortHash([...scope.ids].sort().join(' '))}`
    case 'all':
      return 'all'
  }
}

// `|` and `]]` would end a wiki link's alias early; their full-width forms read the same.
const linkAlias = (title: string): string =>
  oneLine(title).replace(/\|/g, '｜').replace(/\[/g, '［').replace(/\]/g, '］')

/** `[[stem]]`, or `[[stem|headline]]` when the file name is not the headline itself. */
export function wikiLink(stem: string, title: string): string {
  const alias = linkAlias(title)
  return alias === stem ? `[[${stem}]]` : `[[${stem}|${alias}]]`
}

/** The generated part of the index: front matter, the title, the stories in order as links. */
export function indexMarkdown(
  bundle: ExportBundle,
  entries: Array<{ item: ExportStory; stem: string }>,
): string {
  const head = frontMatter({
    id: indexId(bundle),
    title: bundle.title,
    scope: bundle.scope.kind,
    stories: entries.length,
    highlights: entries.reduce((sum, { item }) => sum + item.highlights.length, 0),
    exported: bundle.exportedAt,
  })
  const lines = entries.map(({ item, stem }, index) => {
    const byline = item.story.byline ? ` · ${escapeMarkdown(oneLine(item.story.byline))}` : ''
    return `${index + 1}. ${wikiLink(stem, item.story.title)}${byline}`
  })
  return [head, `# ${escapeMarkdown(oneLine(bundle.title))}`, lines.join('\n')]
    .filter((block) => block !== '')
    .join('\n\n')
}

/**
 * The file stems an earlier index linked to, from its generated part only: where this
 * export looks first for each story's file, so a story keeps its name (even one the reader
 * gave it in Obsidian, which rewrites links on rename).
 */
export function linkedStems(index: string): string[] {
  const markerAt = index.indexOf(KEEP_MARKER)
  const generated = markerAt < 0 ? index : index.slice(0, markerAt)
  const stems: string[] = []
  for (const match of generated.matchAll(/\[\[([^\]|#^]+)(?:[|#][^\]]*)?\]\]/g)) {
    const stem = match[1].trim().replace(/\.md$/i, '')
    if (isPlainName(stem)) stems.push(stem)
  }
  return stems
}
