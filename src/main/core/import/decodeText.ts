import type { SkipReason } from '../../../shared/messages'
import type { SourceFormat } from '../../../shared/types'
import { chineseScore } from './chineseScore'
import { decodeLeniently, isMostlyValid, type LenientDecoding } from './decodeLeniently'
import { isBinary } from './isBinary'

/** A decoded page, or why it could not be read as text. */
export type DecodeResult =
  | {
      ok: true
      text: string
      encoding: string
      /** Broken byte sequences read as U+FFFD; 0 for a clean file. */
      replacements: number
    }
  | { ok: false; reason: SkipReason }

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

const LEGACY = ['gb18030', 'big5']

/**
 * The decoding of GB18030 and Big5 that reads most like Chinese, or null when neither does.
 * Stable sort: GB18030, the mainland default, wins a tie.
 */
const mostChinese = <T extends { text: string }>(candidates: T[]): T | null => {
  const scored = candidates.map((candidate) => ({ candidate, score: chineseScore(candidate.text) }))
  scored.sort((a, b) => b.score - a.score)
  const best = scored[0]
  return best && best.score >= MIN_CHINESE_SCORE ? best.candidate : null
}

/**
 * Once no encoding reads the bytes strictly: each encoding's decoding with U+FFFD for what is
 * broken, kept when mostly valid, and the one with the fewest replacements wins (the page's own
 * declaration, then UTF-8, on a tie). GB18030 and Big5 are told apart by chineseScore, not by
 * replacements: GBK bytes are nearly all valid Big5 pairs, so Big5 can replace fewer sequences
 * while reading nonsense.
 */
const repair = (
  bytes: Uint8Array,
  declared: string | null,
  legacy: LenientDecoding | null,
): LenientDecoding | null => {
  const candidates = [
    declared === null ? null : decodeLeniently(bytes, declared),
    decodeLeniently(bytes, 'utf-8'),
    legacy,
  ].filter(
    (candidate): candidate is LenientDecoding => candidate !== null && isMostlyValid(candidate),
  )
  let best: LenientDecoding | null = null
  for (const candidate of candidates)
    if (best === null || candidate.replacements < best.replacements) best = candidate
  return best
}

const decoded = ({ text, encoding, replacements }: LenientDecoding): DecodeResult =>
  text.trim() === '' ? { ok: false, reason: EMPTY } : { ok: true, text, encoding, replacements }

const strict = (text: string, encoding: string): DecodeResult =>
  decoded({ text, encoding, replacements: 0 })

/**
 * Decodes a page: BOM, then strict UTF-8, then GB18030 or Big5 by detection, then the same
 * leniently when the page is mostly valid (broken sequences become U+FFFD, counted); or says why
 * not. An encoding the reader asks for is always used, however many sequences it replaces.
 */
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
    return decoded(decodeLeniently(bytes, encoding))
  }

  const bom = bomEncoding(bytes)
  if (bom !== null) {
    // TextDecoder drops the BOM itself.
    const read = decodeLeniently(bytes, bom)
    return isMostlyValid(read) ? decoded(read) : { ok: false, reason: invalidIn(bom) }
  }
  if (isBinary(bytes)) return { ok: false, reason: BINARY }

  const declared = options.format === 'html' ? metaCharset(bytes) : null
  if (declared !== null) {
    const text = tryDecode(bytes, declared)
    // A page that lies about its encoding falls through to detection.
    if (text !== null) return strict(text, declared)
  }
  const utf8 = tryDecode(bytes, 'utf-8')
  if (utf8 !== null) return strict(utf8, 'utf-8')
  // Both legacy decodings are compared even when one fails: a damaged GBK page can still be
  // valid Big5, and reads as nonsense there.
  const legacy = mostChinese(LEGACY.map((encoding) => decodeLeniently(bytes, encoding)))
  if (legacy?.replacements === 0) return decoded(legacy)
  const repaired = repair(bytes, declared, legacy)
  if (repaired !== null) return decoded(repaired)
  return { ok: false, reason: isTruncatedUtf8(bytes) ? TRUNCATED : UNDECODABLE }
}
