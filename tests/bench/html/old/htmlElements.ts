// HTML's rules for elements, as htmlparser2's Parser applies them (its tables are not exported),
// so that reading with our own element stack ends up with the same text as before.

const set = (names: string): Set<string> => new Set(names.split(' '))

/** Elements without content or end tag. */
export const VOID = set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr',
)

/**
 * Elements whose content the tokenizer reads as raw text up to their end tag: without one, the
 * rest of the page would be read as their content.
 */
export const RAW_TEXT = set('script style title textarea xmp iframe noembed noframes plaintext')

/** Elements whose namespace (SVG, MathML) honours `/>`. */
export const FOREIGN = set('svg math')

const FORM = set('input option optgroup select button datalist textarea')
const P = set('p')
const HEADINGS = set('h1 h2 h3 h4 h5 h6 p')
const TABLE_SECTIONS = set('thead tbody')
const DDT = set('dd dt')
const RTP = set('rt rp')

/** Open elements that a start tag closes first (a new <p> ends an open <p>, <li> an open <li>). */
export const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', set('tr th td')],
  ['th', set('th')],
  ['td', set('thead th td')],
  ['body', set('head link script')],
  ['a', set('a')],
  ['li', set('li')],
  ['p', P],
  ['h1', HEADINGS],
  ['h2', HEADINGS],
  ['h3', HEADINGS],
  ['h4', HEADINGS],
  ['h5', HEADINGS],
  ['h6', HEADINGS],
  ['select', FORM],
  ['input', FORM],
  ['output', FORM],
  ['button', FORM],
  ['datalist', FORM],
  ['textarea', FORM],
  ['option', set('option')],
  ['optgroup', set('optgroup option')],
  ['dd', DDT],
  ['dt', DDT],
  ...'address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
    .split(' ')
    .map((name): [string, Set<string>] => [name, P]),
  ['rt', RTP],
  ['rp', RTP],
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
])
