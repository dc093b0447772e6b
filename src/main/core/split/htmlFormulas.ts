import type { Deadline } from '../text/deadline'

// Elements that are the paragraph a formula sits in, never a wrapper drawn around it.
const BLOCK = /^(?:p|div|li|td|th|dd|dt|h[1-6]|blockquote|figure|figcaption|article|section|main)$/

const isBlank = (node: Node | null): boolean =>
  node !== null && node.nodeType === 3 && (node.textContent ?? '').trim() === ''

/**
 * True when `child` is all its parent holds (white space aside). Walks the siblings next to it
 * only, so a paragraph of thousands of formulas costs a step per formula, not per sibling.
 */
function isOnlyChild(child: Element): boolean {
  let at = child.previousSibling
  while (isBlank(at)) at = (at as Node).previousSibling
  if (at !== null) return false
  at = child.nextSibling
  while (isBlank(at)) at = (at as Node).nextSibling
  return at === null
}

/**
 * Puts each formula (<math>) in the place of the wrappers drawn around it (MathJax's
 * mjx-container, KaTeX's span.katex, Wikipedia's span.mwe-math-element): their class names read
 * as page furniture to Readability ("CtxtMenu"), which then drops the formula with them. Run
 * after removeHidden, which takes away the glyphs drawn for the eye beside the MathML.
 */
export function unwrapFormulas(document: Document, deadline: Deadline): void {
  const body = document.body
  for (const math of [...document.querySelectorAll('math')]) {
    deadline.check()
    let wrapper: Element = math
    for (let at = math.parentElement; at && at !== body; at = at.parentElement) {
      if (BLOCK.test(at.localName) || !isOnlyChild(wrapper)) break
      wrapper = at
    }
    if (wrapper !== math) wrapper.replaceWith(math)
  }
}
