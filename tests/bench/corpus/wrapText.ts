import { intBetween, type Random } from './prng'

/** A paragraph as the words and marks it was written with. */
export type Tokens = string[]

/** Lines of a wrapped paragraph, and the CJK words the wrap cut in two. */
export interface Wrapped {
  lines: string[]
  cutWords: string[]
}

const CJK_WORD = /^[\u4e00-\u9fff]{2,4}$/
const CJK_RUN = /^[\u4e00-\u9fff]+$/
// Marks a typesetter never puts at the start of a line (kinsoku): they hang past the width.
const NO_LINE_START = /^[，。、；：！？”）》…]/

/**
 * Hard-wraps a paragraph at 30–40 characters, wherever the count falls, as a typeset page
 * exported to text does: words are cut across lines, and Inkstone's cleanup must rejoin them.
 */
export function wrapTokens(tokens: Tokens, random: Random): Wrapped {
  const lines: string[] = []
  const cutWords: string[] = []
  let line = ''
  let width = intBetween(random, 30, 40)
  for (const token of tokens) {
    if (NO_LINE_START.test(token)) {
      line += token
      continue
    }
    // Latin words and numbers move to the next line whole: rejoining them would add a space.
    if (!CJK_RUN.test(token) && line !== '' && line.length + token.length > width) {
      lines.push(line)
      line = ''
      width = intBetween(random, 30, 40)
    }
    let rest = token
    while (CJK_RUN.test(rest) && line.length + rest.length > width) {
      const room = width - line.length
      if (room > 0 && room < rest.length && CJK_WORD.test(token)) cutWords.push(token)
      line += rest.slice(0, room)
      rest = rest.slice(room)
      lines.push(line)
      line = ''
      width = intBetween(random, 30, 40)
    }
    line += rest
  }
  if (line !== '') lines.push(line)
  return { lines, cutWords }
}
