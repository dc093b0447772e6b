import type { ExportBundle } from './exportBundle'
import { escapeHtml } from './htmlEscape'
import { exportHeader, exportTitle, isSingleStory } from './htmlHeader'
import { exportLabels, storyLang, type ExportLabels } from './htmlLabels'
import { headlineOf, storyHtml } from './htmlStory'
import { HTML_CSS } from './htmlStyles'

// Scripts and remote loads are never written; the policy also tells the browser to refuse them,
// so a file edited by hand or a bug here still cannot run or fetch anything. Inline styles stay.
const CSP = "default-src 'none'; style-src 'unsafe-inline'"

/** The table of contents; a single story (printing one) needs none. */
function tableOfContents(bundle: ExportBundle, labels: ExportLabels): string {
  if (bundle.stories.length < 2) return ''
  const items = bundle.stories.map((item, index) => {
    const byline = item.story.byline?.trim()
      ? ` <span class="toc-byline">${escapeHtml(item.story.byline.trim())}</span>`
      : ''
    return `<li><a href="#s${index + 1}">${escapeHtml(headlineOf(item, labels))}</a>${byline}</li>`
  })
  return `<nav class="toc" role="doc-toc"><h2>${escapeHtml(labels.contents)}</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`
}

/**
 * One self-contained HTML5 file: the export's stories with a table of contents, highlights
 * marked in their colours, notes as numbered footnotes (or only the highlights, as quotes),
 * styles inlined with a print stylesheet (a page per story), no script and nothing remote.
 */
export function toHtml(bundle: ExportBundle): string {
  const labels = exportLabels(bundle)
  const articles = bundle.stories.map((item, index) => {
    const lang = storyLang(item)
    const langAttribute = lang === labels.lang ? '' : ` lang="${lang}"`
    const inner = storyHtml(item, {
      idPrefix: `s${index + 1}`,
      headingLevel: 2,
      isEpub: false,
      isHighlightsOnly: bundle.isHighlightsOnly,
      labels,
    })
    return `<article class="story" id="s${index + 1}"${langAttribute}>\n${inner}\n</article>`
  })
  return [
    '<!DOCTYPE html>',
    `<html lang="${labels.lang}">`,
    '<head>',
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="generator" content="Inkstone" />',
    `<title>${escapeHtml(exportTitle(bundle))}</title>`,
    `<style>\n${HTML_CSS}</style>`,
    '</head>',
    '<body>',
    // A story picked alone prints as itself: no export header above its headline.
    isSingleStory(bundle) ? '' : exportHeader(bundle, labels),
    tableOfContents(bundle, labels),
    ...articles,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\n')
}
