import DOMPurify from 'dompurify'
import { marked } from 'marked'

// A note is the reader's own text, but it may be pasted from anywhere, and notes render in
// the page that holds the whole library. So a note may format text and link out, nothing
// more: no tag or attribute that loads from elsewhere (images, media, frames, embeds, forms,
// styles with url()), even where the CSP would block the load, and no link that is not
// http(s) or mailto. SVG and MathML are dropped whole: both can reference remote resources.

const FORBID_TAGS = [
  'img',
  'image',
  'picture',
  'video',
  'audio',
  'source',
  'track',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'map',
  'area',
]

const FORBID_ATTR = [
  'style',
  'src',
  'srcset',
  'srcdoc',
  'background',
  'poster',
  'data',
  'action',
  'formaction',
  'ping',
  'xlink:href',
  'lowsrc',
  'dynsrc',
  'codebase',
  'manifest',
  'download',
]

const purify = DOMPurify(window)

// Links open outside the reader's page: a new tab in web mode (rel keeps the opened page from
// reaching back), the system browser on the desktop (NoteHtml's click handler). The hook runs
// after the href has passed ALLOWED_URI_REGEXP, so whatever target or rel the note set is
// replaced.
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return
  if (node.hasAttribute('href')) {
    node.setAttribute('target', '_blank')
    node.setAttribute('rel', 'noopener noreferrer')
  } else {
    node.removeAttribute('target')
    node.removeAttribute('rel')
  }
})

/** A note's Markdown as safe HTML that runs nothing, loads nothing and links only outward. */
export const renderMarkdown = (markdown: string): string =>
  purify.sanitize(marked.parse(markdown, { async: false, gfm: true, breaks: true }), {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:\/\/|mailto:)/i,
  })
