import { strToU8, zipSync, type Zippable } from 'fflate'
import type { ExportBundle } from './exportBundle'
import {
  CONTAINER_XML,
  contentOpf,
  epubIdentifier,
  xhtmlDocument,
  type EpubChapter,
} from './epubPackage'
import { escapeHtml } from './htmlEscape'
import { exportHeader, exportTitle } from './htmlHeader'
import { exportLabels, storyLang, type ExportLabels } from './htmlLabels'
import { headlineOf, storyHtml } from './htmlStory'
import { EPUB_CSS } from './htmlStyles'

// ZIP stores DOS times, which start in 1980; an export's own time is used so the same bundle
// always makes the same bytes.
const DOS_EPOCH = Date.UTC(1980, 0, 2)

const chapterHref = (index: number, count: number): string =>
  `story-${String(index + 1).padStart(Math.max(3, String(count).length), '0')}.xhtml`

/** Landmarks let a reading system jump to the contents or to where the text starts. */
function landmarks(labels: ExportLabels, chapters: EpubChapter[]): string {
  const [first] = chapters
  const start = first
    ? `\n<li><a epub:type="bodymatter" href="${escapeHtml(first.href)}">${escapeHtml(first.title)}</a></li>`
    : ''
  return [
    '<nav epub:type="landmarks" id="landmarks" hidden="hidden">',
    `<ol>\n<li><a epub:type="toc" href="#toc">${escapeHtml(labels.contents)}</a></li>${start}\n</ol>`,
    '</nav>',
  ].join('\n')
}

/**
 * The navigation document, also the book's first page: the export's title, when it was made,
 * and the table of contents. A book with no story still needs one entry, so it lists the title.
 */
function navDocument(bundle: ExportBundle, labels: ExportLabels, chapters: EpubChapter[]): string {
  const entries =
    chapters.length > 0
      ? chapters.map((c) => `<li><a href="${escapeHtml(c.href)}">${escapeHtml(c.title)}</a></li>`)
      : [`<li><a href="#top">${escapeHtml(exportTitle(bundle))}</a></li>`]
  const body = [
    '<body>',
    exportHeader(bundle, labels),
    `<nav epub:type="toc" id="toc" role="doc-toc">`,
    `<h2>${escapeHtml(labels.contents)}</h2>`,
    `<ol>\n${entries.join('\n')}\n</ol>`,
    '</nav>',
    landmarks(labels, chapters),
    '</body>',
  ].join('\n')
  return xhtmlDocument(exportTitle(bundle), labels.lang, body)
}

/**
 * The export as an EPUB 3 book that passes epubcheck: a navigation document that is also its
 * contents page, one XHTML chapter per story (highlights marked, notes as EPUB footnotes, or
 * only the highlights as quotes), one stylesheet, `zh` language metadata, no embedded fonts.
 */
export function toEpub(bundle: ExportBundle): Uint8Array {
  const labels = exportLabels(bundle)
  const files: Zippable = {}
  const chapters: EpubChapter[] = []
  const langs = new Set<string>([labels.lang])
  bundle.stories.forEach((item, index) => {
    const lang = storyLang(item)
    langs.add(lang)
    const chapter = {
      id: `story-${index + 1}`,
      href: chapterHref(index, bundle.stories.length),
      title: headlineOf(item, labels),
    }
    chapters.push(chapter)
    const inner = storyHtml(item, {
      idPrefix: `s${index + 1}`,
      headingLevel: 1,
      isEpub: true,
      isHighlightsOnly: bundle.isHighlightsOnly,
      labels,
    })
    const body = `<body>\n<section class="story" id="s${index + 1}" epub:type="chapter">\n${inner}\n</section>\n</body>`
    files[`OEBPS/${chapter.href}`] = strToU8(xhtmlDocument(chapter.title, lang, body))
  })
  const metadata = {
    identifier: epubIdentifier(bundle),
    title: exportTitle(bundle),
    languages: [...langs],
    exportedAt: bundle.exportedAt,
  }
  const time = Date.parse(bundle.exportedAt)
  const mtime = new Date(Number.isNaN(time) || time < DOS_EPOCH ? DOS_EPOCH : time)
  // OCF: `mimetype` comes first and stored, so a reader can sniff the type at a fixed offset.
  const ordered: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER_XML),
    'OEBPS/content.opf': strToU8(contentOpf(metadata, chapters)),
    'OEBPS/nav.xhtml': strToU8(navDocument(bundle, labels, chapters)),
    'OEBPS/style.css': strToU8(EPUB_CSS),
    ...files,
  }
  return zipSync(ordered, { level: 9, mtime })
}
