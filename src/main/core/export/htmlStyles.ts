import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations'

// The reader's colours (src/renderer/.../highlights/highlights.css), the same in every export.
const HIGHLIGHT_BACKGROUNDS: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 214, 10, 0.42)',
  green: 'rgba(80, 200, 120, 0.36)',
  blue: 'rgba(80, 150, 255, 0.32)',
  pink: 'rgba(255, 110, 170, 0.32)',
  purple: 'rgba(170, 110, 255, 0.32)',
}

// The reader's font stack, CJK faces first (Latin faces carry poor Han glyphs); nothing is
// embedded, so each device uses the faces it has.
const READING_FONTS =
  "'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', " +
  "'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif"

const highlightRules = HIGHLIGHT_COLORS.map(
  (color) => `mark.hl-${color} { background-color: ${HIGHLIGHT_BACKGROUNDS[color]}; }`,
).join('\n')

// Rules both formats share: the story's text, its marks, notes, quotes and footnotes.
const STORY_CSS = `
body { font-family: ${READING_FONTS}; line-height: 1.8; }
:lang(en) { line-height: 1.6; }
.story-header .byline { font-style: italic; margin: 0.2em 0; }
.story-meta { font-size: 0.85em; color: #555; margin: 0.6em 0 1.2em; }
.story-meta dt { display: inline; font-weight: bold; }
.story-meta dt::after { content: " "; }
.story-meta dd { display: inline; margin: 0 1em 0 0; }
.story-body p { margin: 0 0 1em; text-align: justify; }
mark.hl { color: inherit; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
${highlightRules}
sup.noteref { line-height: 0; }
sup.noteref a { text-decoration: none; padding: 0 0.1em; }
.story-note, .unplaced, .footnotes { margin: 1.5em 0; }
.story-note { padding: 0.2em 1em; border-left: 3px solid #b8b0a0; background-color: #f7f5f0; }
.story-note h2, .story-note h3, .unplaced h2, .unplaced h3, .footnotes h2, .footnotes h3 { font-size: 1em; }
.note { font-size: 0.95em; }
.note p { margin: 0.3em 0; }
.note pre { white-space: pre-wrap; }
.note table { border-collapse: collapse; }
.note th, .note td { border: 1px solid #bbb; padding: 0.2em 0.5em; }
blockquote.quote { margin: 1em 0 0.3em; padding-left: 0.8em; border-left: 3px solid #ccc; }
blockquote.quote p { margin: 0.3em 0; }
.annotation { margin-bottom: 1.2em; }
.tags { font-size: 0.85em; color: #555; margin: 0.3em 0; }
.tag { margin-right: 0.5em; }
.footnote { display: block; margin: 0.5em 0; font-size: 0.9em; }
.footnote-number { float: left; margin: 0.3em 0; width: 2em; }
.footnote-body { margin-left: 2em; }
.footnote-body::after { content: ""; display: block; clear: both; }
.empty { color: #555; }
`

/** The stylesheet of an EPUB: the story rules only, leaving page layout to the e-reader. */
export const EPUB_CSS = `${STORY_CSS.trim()}\n`

/**
 * The stylesheet of the HTML file: the story rules, a readable column on screen, and for print
 * a page per story, links in the text's colour and the highlights' colours kept.
 */
export const HTML_CSS = `${STORY_CSS.trim()}
body { max-width: 42em; margin: 2em auto; padding: 0 1em; color: #222; background: #fff; }
.export-header { border-bottom: 1px solid #ddd; margin-bottom: 1.5em; }
.export-meta { color: #555; font-size: 0.9em; }
.toc ol { padding-left: 1.5em; }
.toc li { margin: 0.2em 0; }
.toc .toc-byline { color: #555; font-size: 0.9em; }
article.story { border-top: 1px solid #ddd; margin-top: 3em; padding-top: 1em; }
a { color: #1a5fb4; }
@media print {
  @page { margin: 18mm 16mm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  .toc { break-after: page; page-break-after: always; }
  article.story { border-top: none; margin-top: 0; padding-top: 0; }
  article.story + article.story { break-before: page; page-break-before: always; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  .story-body p, .footnote, blockquote.quote { orphans: 2; widows: 2; }
  .footnote, blockquote.quote { break-inside: avoid; page-break-inside: avoid; }
}
`
