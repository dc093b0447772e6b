import { needsSpace, trimLine } from './chars'

/** What goes between two hard-wrapped lines: a space between Latin words, else nothing. */
function separator(before: string, after: string): string {
  // A word hyphenated at the wrap keeps its hyphen: well- / known reads well-known.
  if (/[A-Za-z]-$/.test(before) && /^[a-z]/.test(after)) return ''
  return needsSpace(before, after) ? ' ' : ''
}

/**
 * Joins the hard-wrapped lines of one paragraph: nothing between CJK characters (疗休 + 养 reads
 * 疗休养), one space between Latin words.
 */
export function joinLines(lines: readonly string[]): string {
  const pieces: string[] = []
  let previous = ''
  for (const raw of lines) {
    const line = trimLine(raw)
    if (line === '') continue
    // Decided on the previous line alone, so a long paragraph costs one pass.
    if (previous !== '') pieces.push(separator(previous, line))
    pieces.push(line)
    previous = line
  }
  return pieces.join('')
}

/**
 * The same as joinLines(lines) for lines already trimmed and not blank (Line.text): the splitter
 * joins every paragraph, and its last two lines once per line it reads, without trimming again.
 */
export function joinTrimmed(lines: readonly string[]): string {
  let joined = lines[0] ?? ''
  for (let at = 1; at < lines.length; at++)
    joined += separator(lines[at - 1], lines[at]) + lines[at]
  return joined
}
