// Page furniture by its markup, for reading a page without Readability (a digest of several
// articles, a page Readability finds nothing in): navigation, sidebars, footers, comments,
// share widgets, related lists and ads. The class and id words are Readability's own list of
// unlikely candidates, with its exceptions for words that also name main content.

const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'form', 'dialog'])
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
])
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|recommend|newsletter|subscribe|advert|cookie/i
const MAYBE_CONTENT = /and|article|body|column|content|main|mathjax|shadow/i

/** True for an element that holds page furniture rather than what the page is about. */
export function isPageChrome(element: Element): boolean {
  const name = element.localName
  if (CHROME_TAGS.has(name)) return true
  if (CHROME_ROLES.has(element.getAttribute('role') ?? '')) return true
  // A page header holds its menus; an article's own header holds its headline and byline.
  if (name === 'header') return !element.parentElement?.closest('article')
  if (name === 'article' || name === 'main' || name === 'body' || name === 'html') return false
  const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
  return UNLIKELY.test(words) && !MAYBE_CONTENT.test(words)
}
