import type { Deadline } from '../text/deadline'
import type { PageDom } from './htmlDom'

/** True while the node still hangs in the document (an ancestor of it may have gone). */
function isAttached(node: Node, root: Node): boolean {
  let at: Node | null = node
  while (at && at !== root) at = at.parentNode
  return at === root
}

/**
 * Takes out what the page hides from its readers (hidden, aria-hidden="true", inline
 * display:none or visibility:hidden, a dialog not open). Formulas are the exception: pages
 * hide their MathML (MathJax, KaTeX, Wikipedia) behind a picture or glyphs drawn for the eye,
 * and the MathML is the only text of the formula, so a hidden element's <math> stays in its place.
 */
export function removeHidden(dom: PageDom, deadline: Deadline): void {
  const root = dom.document.documentElement
  for (const element of dom.hidden) {
    deadline.check()
    if (!isAttached(element, root)) continue
    const formulas =
      element.localName === 'math' ? [element] : [...element.querySelectorAll('math')]
    if (formulas.length === 0) {
      element.remove()
      continue
    }
    for (const formula of formulas) {
      formula.removeAttribute('aria-hidden')
      formula.removeAttribute('hidden')
      formula.removeAttribute('style')
    }
    if (formulas[0] === element) continue
    element.replaceWith(...formulas)
  }
}
