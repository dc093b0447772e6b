import type { SkipReason } from '../../../shared/messages'
import type { SourceFormat } from '../../../shared/types'
import { chineseScore } from './chineseScore'
import { isBinary } from './isBinary'

/** A decoded page, or why it could not be read as text. */
export type DecodeResult =
  { ok: true; text: string; encoding: string } | { ok: false; reason: SkipReason }

/** How to decode one file. */
export interface DecodeOptions {
  /** An encoding label ("gb18030", "big5", "utf-16le"...) that overrides detection. */
  encoding?: string
  /** HTML pages may name their encoding in a <meta charset>. */
  format?: SourceFormat
}

// Below this share of common Chinese characters a legacy decoding is taken for noise
// (a Latin-1 or binary file that happens to form valid GB18030 byte pairs).
const MIN_CHINESE_SCORE = 0.5
// How far into an HTML page to look for <meta charset>; browsers look at the first 1024 bytes.
const META_WINDOW = 4096
const UNDECODABLE: SkipReason = { code: 'undecodable' }
const TRUNCATED: SkipReason = { code: 'truncated' }
const EMPTY: SkipReason = { code: 'empty' }
const BINARY: SkipReason = { code: 'binary' }
const invalidIn = (encoding: string): SkipReason => ({
  code: 'invalidEncoding',
  params: { encoding },
})

/** The WHATWG name for an encoding label ("GBK" -> "gbk", "utf8" -> "utf-8"), or null if unknown. */
export function normalizeEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding
  } catch {
    return null
  }
}

const tryDecode = (bytes: Uint8Array, encoding: string): string | null => {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

const bomEncoding = (bytes: Uint8Array): string | null => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

const metaCharset = (bytes: Uint8Array): string | null => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_WINDOW))
  const match = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)
  const encoding = match ? normalizeEncoding(match[1]) : null
  // A page cannot really be UTF-16 without a BOM; browsers read such a declaration as UTF-8.
  return encoding?.startsWith('utf-16') ? 'utf-8' : encoding
}

/**
 * True when the bytes are UTF-8 up to a last character cut short: a file truncated while it
 * was copied or downloaded, which deserves a plainer reason than "not valid UTF-8".
 */
const isTruncatedUtf8 = (bytes: Uint8Array): boolean => {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]
    if ((byte & 0xc0) === 0x80) continue
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return length > back && tryDecode(bytes.subarray(0, bytes.length - back), 'utf-8') !== null
  }
  return false
}

const detectLegacy = (bytes: Uint8Array): DecodeResult => {
  const candidates = ['gb18030', 'big5']
    .map((encoding) => ({ encoding, text: tryDecode(bytes, encoding) }))
    .filter((candidate): candidate is { encoding: string; text: string } => candidate.text !== null)
    .map((candidate) => ({ ...candidate, score: chineseScore(candidate.text) }))
  // Stable sort: GB18030, the mainland default, wins a tie.
  candidates.sort((a, b) => b.score - a.score)
  const best = candidates[0]
  if (!best || best.score < MIN_CHINESE_SCORE) return { ok: false, reason: UNDECODABLE }
  return { ok: true, text: best.text, encoding: best.encoding }
}

const decoded = (text: string, encoding: string): DecodeResult =>
  text.trim() === '' ? { ok: false, reason: EMPTY } : { ok: true, text, encoding }

/** Decodes a page: BOM, then strict UTF-8, then GB18030 or Big5 by detection; or says why not. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: EMPTY }
  if (options.encoding !== undefined) {
    const encoding = normalizeEncoding(options.encoding)
    if (encoding === null)
      return {
        ok: false,
        reason: { code: 'unknownEncoding', params: { encoding: options.encoding } },
      }
    if (!encoding.startsWith('utf-16') && isBinary(bytes)) {
      return { ok: false, reason: BINARY }
    }
    const text = tryDecode(bytes, encoding)
    return text === null ? { ok: false, reason: invalidIn(encoding) } : decoded(text, encoding)
  }

  const bom = bomEncoding(bytes)
  if (bom !== null) {
    // TextDecoder drops the BOM itself.
    const text = tryDecode(bytes, bom)
    return text === null ? { ok: false, reason: invalidIn(bom) } : decoded(text, bom)
  }
  if (isBinary(bytes)) return { ok: false, reason: BINARY }

  const declared = options.format === 'html' ? metaCharset(bytes) : null
  if (declared !== null) {
    const text = tryDecode(bytes, declared)
    // A page that lies about its encoding falls through to detection.
    if (text !== null) return decoded(text, declared)
  }
  const utf8 = tryDecode(bytes, 'utf-8')
  if (utf8 !== null) return decoded(utf8, 'utf-8')
  const legacy = detectLegacy(bytes)
  if (legacy.ok) return decoded(legacy.text, legacy.encoding)
  return isTruncatedUtf8(bytes) ? { ok: false, reason: TRUNCATED } : legacy
}
