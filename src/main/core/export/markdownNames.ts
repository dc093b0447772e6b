// Longest file-name stem in UTF-8 bytes. Filesystems allow 255 bytes a name (macOS counts its
// decomposed form, Windows 255 UTF-16 units); this leaves room for " (99)", ".md" and the
// `.<name>.inkstone-tmp-…` temp name an atomic write needs beside the file.
const MAX_STEM_BYTES = 150

const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

// Characters a file name cannot hold somewhere (Windows: / \ : * ? " < > |) or that break an
// Obsidian wiki link to the file (# ^ [ ] |): replaced by a readable neighbour or a space.
const REPLACEMENTS: Record<string, string> = {
  '/': '-',
  '\\': '-',
  '|': '-',
  '"': "'",
  '[': '(',
  ']': ')',
  ':': ' ',
  '*': ' ',
  '?': ' ',
  '<': ' ',
  '>': ' ',
  '#': ' ',
  '^': ' ',
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

/** Cuts at a grapheme boundary (never inside a surrogate pair or before a combining mark). */
const capBytes = (text: string, maxBytes: number): string => {
  if (utf8Bytes(text) <= maxBytes) return text
  const ellipsis = '…'
  let out = ''
  for (const { segment } of graphemes.segment(text)) {
    if (utf8Bytes(out + segment + ellipsis) > maxBytes) break
    out += segment
  }
  return trimEnds(out) + ellipsis
}

// Windows drops trailing dots and spaces (two names would meet); a leading dot hides a file.
const trimEnds = (text: string): string => text.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '')

/**
 * A file-name stem (without extension) safe on Windows, macOS and Linux and in an Obsidian
 * wiki link: forbidden and control characters replaced, no leading or trailing dots or spaces,
 * not a reserved Windows device name, at most MAX_STEM_BYTES of UTF-8. Empty input gives
 * `fallback`.
 */
export function safeStem(title: string, fallback: string): string {
  const replaced = Array.from(title.normalize('NFC'), (char) => {
    if (REPLACEMENTS[char] !== undefined) return REPLACEMENTS[char]
    // C0, DEL and C1 controls, and line or paragraph separators.
    return /[\p{Cc}\u2028\u2029]/u.test(char) ? ' ' : char
  }).join('')
  let stem = trimEnds(replaced.replace(/\s+/gu, ' '))
  stem = capBytes(stem, MAX_STEM_BYTES)
  if (!stem) return fallback === '' ? 'Untitled' : safeStem(fallback, '')
  // "CON.md" and "con.notes.md" both name a device on Windows: the part before the first dot.
  const device = stem.split('.')[0].trimEnd()
  if (RESERVED_WINDOWS.test(device)) stem = `${device}_${stem.slice(device.length)}`
  return stem
}

/** The key two names share when a case-insensitive filesystem (Windows, macOS) sees one file. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase()
}

/** The n-th candidate for a stem: the stem itself, then "stem (2)", "stem (3)"… */
export function numberedStem(stem: string, n: number): string {
  return n <= 1 ? stem : `${stem} (${n})`
}

/**
 * True when `name` (a link read back from an old index, perhaps renamed by the reader in
 * Obsidian) names a file directly inside the export folder: no separator, no control
 * character, not `.` or `..`, not hidden.
 */
export function isPlainName(name: string): boolean {
  return name.trim() !== '' && !/[/\\\p{Cc}]/u.test(name) && !name.startsWith('.')
}
