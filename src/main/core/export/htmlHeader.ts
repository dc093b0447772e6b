import type { ExportBundle } from './exportBundle'
import { escapeHtml } from './htmlEscape'
import type { ExportLabels } from './htmlLabels'

/** The export's title; a search or collection name can be blank, a heading never is. */
export const exportTitle = (bundle: ExportBundle): string => bundle.title.trim() || 'Inkstone'

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
