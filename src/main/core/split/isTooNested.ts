// marked lexes each level of a nested list or quote again inside the level above: 400 levels
// took a second, 1,000 levels 21 s and 3,000 levels ran out of memory; 5,000 nested emphasis
// marks overflow its stack. No page a person writes nests this deep.
const MAX_LEVELS = 32
const MAX_DELIMITER_RUN = 256
const SPACE = 0x20
const TAB = 0x09
const QUOTE = 0x3e
const NEWLINE = 0x0a

/** True when a character starts a list item: -, *, + or a digit. */
const isListStart = (code: number): boolean =>
  code === 0x2d || code === 0x2a || code === 0x2b || (code >= 0x30 && code <= 0x39)

/**
 * True when a markdown page nests lists or quotes deeper than MAX_LEVELS, or runs emphasis
 * marks longer than MAX_DELIMITER_RUN: more than marked can lex in bounded time and stack.
 * One pass by hand, as a pattern over such runs would itself backtrack.
 */
export function isTooNested(markdown: string): boolean {
  let isLineStart = true
  let quotes = 0
  let columns = 0
  let run = 0
  for (let at = 0; at < markdown.length; at++) {
    const code = markdown.charCodeAt(at)
    run = code === 0x2a || code === 0x5f ? run + 1 : 0
    if (run > MAX_DELIMITER_RUN) return true
    if (code === NEWLINE) {
      isLineStart = true
      quotes = 0
      columns = 0
    } else if (isLineStart && code === QUOTE) quotes++
    else if (isLineStart && (code === SPACE || code === TAB)) columns += code === TAB ? 4 : 1
    else if (isLineStart) {
      // Each level of a nested list is indented by at least two columns.
      const levels = quotes + (isListStart(code) ? columns / 2 : 0)
      if (levels > MAX_LEVELS) return true
      isLineStart = false
    }
  }
  return quotes > MAX_LEVELS
}
