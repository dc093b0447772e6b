/** Text decoded with U+FFFD put where bytes could not be read, and how many places that was. */
export interface LenientDecoding {
  text: string
  encoding: string
  /** Byte sequences the decoder could not read, each replaced by one U+FFFD. */
  replacements: number
}

// Browsers show a page with a few broken bytes; a file with more than one broken sequence per
// this many characters is taken for the wrong encoding (or no text at all) instead.
const CHARS_PER_REPLACEMENT = 1000

const REPLACEMENT = '\ufffd'

// How U+FFFD itself is written in the encodings that can hold it: a page that quotes a
// replacement character (copied from a broken page, say) holds text there, not damage.
const WRITTEN_REPLACEMENT: Record<string, { bytes: number[]; step: number }> = {
  'utf-8': { bytes: [0xef, 0xbf, 0xbd], step: 1 },
  gbk: { bytes: [0x84, 0x31, 0xa4, 0x37], step: 1 },
  gb18030: { bytes: [0x84, 0x31, 0xa4, 0x37], step: 1 },
  // Two-byte units: only whole units count.
  'utf-16le': { bytes: [0xfd, 0xff], step: 2 },
  'utf-16be': { bytes: [0xff, 0xfd], step: 2 },
}

const countWritten = (bytes: Uint8Array, encoding: string): number => {
  const written = WRITTEN_REPLACEMENT[encoding]
  if (!written) return 0
  const [first, ...rest] = written.bytes
  let count = 0
  for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (at % written.step !== 0) continue
    if (rest.every((byte, i) => bytes[at + 1 + i] === byte)) count++
  }
  return count
}

const countReplacements = (text: string): number => {
  let count = 0
  for (let at = text.indexOf(REPLACEMENT); at >= 0; at = text.indexOf(REPLACEMENT, at + 1)) count++
  return count
}

/**
 * Decodes bytes the way a browser does, never refusing: each sequence that is not valid in
 * `encoding` (a WHATWG name) becomes one U+FFFD, and is counted. (Node's Big5 decoder drops a
 * stray 0x80 or 0xFF byte without a trace, so that damage is neither shown nor counted.)
 */
export function decodeLeniently(bytes: Uint8Array, encoding: string): LenientDecoding {
  const text = new TextDecoder(encoding).decode(bytes)
  const replacements = Math.max(0, countReplacements(text) - countWritten(bytes, encoding))
  return { text, encoding, replacements }
}

/** True when a decoding has at most one replaced sequence per 1,000 characters. */
export function isMostlyValid(decoding: LenientDecoding): boolean {
  if (decoding.replacements === 0) return true
  // Code points, not UTF-16 units: a rare hanzi outside the BMP is one character.
  let chars = decoding.text.length
  for (let at = 0; at < decoding.text.length; at++) {
    const unit = decoding.text.charCodeAt(at)
    if (unit >= 0xdc00 && unit <= 0xdfff) chars--
  }
  return decoding.replacements * CHARS_PER_REPLACEMENT <= chars
}
