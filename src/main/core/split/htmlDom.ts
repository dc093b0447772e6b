import { parseHTML } from 'linkedom'
import type { Deadline } from '../text/deadline'
import { readHtml, type HtmlAttributes } from './readHtml'

/** A page read into a DOM that nothing runs in: text and elements only, no script, no loading. */
export interface PageDom {
  document: Document
  /** Elements the page hides from its readers, in page order; still in the document. */
  hidden: Element[]
}

// Readability's cost grows with elements times their depth: 10,000 elements 38 deep (a long
// Wikipedia page) take half a second, while 60,000 nested 120 deep took 14–27 s. Real pages stay
// far below these limits; a page above them is read without the DOM (splitHtml's fallback).
const MAX_ELEMENTS = 40_000
const MAX_DEPTH = 100
const MAX_DEPTH_SUM = 600_000

// Never text for a reader and never run: their content is not even built.
const DROPPED = new Set(
  'script style noscript template iframe object embed svg canvas video audio'.split(' '),
)
// Start tags that count only when closed somewhere after: left open, they would take the rest
// of the page with them when dropped or hidden.
const MUST_CLOSE = new Set([...DROPPED, 'dialog', 'nav', 'aside', 'footer', 'button', 'select'])
const HEAD_ONLY = new Set('title meta link base style script noscript template'.split(' '))
const ELEMENT_NAME = /^[a-z][a-z0-9-]*(?::[a-z][a-z0-9-]*)?$/
const ATTRIBUTE_NAME = /^[a-z_:][a-z0-9_:.-]*$/
const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i
const JSON_LD = /^\s*application\/ld\+json\s*$/i

class TooBig extends Error {}

/** True when readers never see the element: hidden, aria-hidden, styled away or a closed dialog. */
export function isHiddenByAttributes(name: string, attributes: HtmlAttributes): boolean {
  if ('hidden' in attributes) return true
  if (attributes['aria-hidden']?.trim().toLowerCase() === 'true') return true
  if (name === 'dialog' && !('open' in attributes)) return true
  return HIDING_STYLE.test(attributes.style ?? '')
}

/**
 * Reads a page into a linkedom document with our own linear-time reader (readHtml), so no
 * element swallows the rest of the page and nothing is executed or fetched. Scripts (JSON-LD
 * data aside), styles, templates and embedded documents are left out. Null for a page too
 * large or too deeply nested for Readability to read in bounded time.
 */
export function buildDom(html: string, deadline: Deadline): PageDom | null {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>')
  const root = document.documentElement
  const { head, body } = document
  const hidden: Element[] = []
  // One entry per element readHtml has open: true when a node was built for it.
  const isBuilt: boolean[] = []
  const parents: Node[] = [root]
  let dropping = 0
  let elements = 0
  let depthSum = 0
  let text = ''
  const parent = (): Node => parents.at(-1) as Node
  const flushText = (): void => {
    if (text === '') return
    const at = parent()
    // Text outside any element of the body belongs to the body, as browsers place it.
    if (at !== root && at !== head) at.appendChild(document.createTextNode(text))
    else if (text.trim() !== '') body.appendChild(document.createTextNode(text))
    text = ''
  }
  const open = (name: string, attributes: HtmlAttributes): void => {
    flushText()
    const isData = name === 'script' && JSON_LD.test(attributes.type ?? '')
    if (dropping > 0 || (DROPPED.has(name) && !isData)) {
      dropping++
      isBuilt.push(false)
      return
    }
    isBuilt.push(true)
    if (name === 'html' || name === 'head' || name === 'body') {
      const existing = name === 'html' ? root : name === 'head' ? head : body
      if (name !== 'head') copyAttributes(existing, attributes)
      parents.push(existing)
      return
    }
    elements++
    depthSum += parents.length
    if (elements > MAX_ELEMENTS || parents.length > MAX_DEPTH || depthSum > MAX_DEPTH_SUM)
      throw new TooBig()
    const element = document.createElement(ELEMENT_NAME.test(name) ? name : 'span')
    copyAttributes(element, attributes)
    if (isHiddenByAttributes(name, attributes)) hidden.push(element)
    const at = parent()
    const container = at !== root && at !== head ? at : HEAD_ONLY.has(name) ? head : body
    container.appendChild(element)
    parents.push(element)
  }
  const close = (): void => {
    flushText()
    const wasBuilt = isBuilt.pop()
    if (wasBuilt === false) dropping--
    else if (wasBuilt === true) parents.pop()
  }
  try {
    readHtml(
      html,
      {
        onopen: (name, attributes) => {
          deadline.check()
          open(name, attributes)
        },
        onclose: close,
        ontext: (part) => {
          if (dropping === 0) text += part
        },
      },
      { mustClose: MUST_CLOSE, deadline, isReadingAttributes: true },
    )
  } catch (error) {
    if (error instanceof TooBig) return null
    throw error
  }
  flushText()
  return { document: document as unknown as Document, hidden }
}

function copyAttributes(element: Element, attributes: HtmlAttributes): void {
  for (const name in attributes)
    if (ATTRIBUTE_NAME.test(name)) element.setAttribute(name, attributes[name])
}
