import type { ExportBundle } from './exportBundle'
import { escapeHtml } from './htmlEscape'
import type { ExportLabels } from './htmlLabels'

/** True when the export is one story picked alone (printing or sharing a story). */
export const isSingleStory = (bundle: ExportBundle): boolean =>
  bundle.scope.kind === 'stories' && bundle.stories.length === 1

/**
 * The export's title: a story picked alone is titled by its headline (what a PDF or a book is
 * then called), else the collection's, tag's or search's name. A heading is never blank.
 */
export function exportTitle(bundle: ExportBundle): string {
  const headline = isSingleStory(bundle) ? bundle.stories[0].story.title.trim() : ''
  return headline || bundle.title.trim() || 'Inkstone'
}

/** The export's header: its title, when it was made and what it holds. */
export function exportHeader(bundle: ExportBundle, labels: ExportLabels): string {
  const highlights = bundle.stories.reduce((sum, item) => sum + item.highlights.length, 0)
  const exportedAt = escapeHtml(bundle.exportedAt)
  const date = `<time datetime="${exportedAt}">${exportedAt.slice(0, 10)}</time>`
  const counts = escapeHtml(labels.counts(bundle.stories.length, highlights))
  return [
    '<header class="export-header" id="top">',
    `<h1>${escapeHtml(exportTitle(bundle))}</h1>`,
    `<p class="export-meta">${escapeHtml(labels.exported)} ${date} · ${counts}</p>`,
    '</header>',
  ].join('\n')
}
