// Character classes shared by the cleanup and the splitter. Pages mix fullwidth and halfwidth
// punctuation freely (PDF extraction, OCR, hand typing), so every test accepts both widths.
import { CJK } from '../../../shared/text/cjk'

/** Fullwidth punctuation that belongs to CJK text (quotes excluded: English uses them too). */
export const CJK_PUNCT =
  '\\u3001-\\u3003\\u3008-\\u3011\\u3014-\\u301f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2014\\u2026\\u00b7'

const CJK_OR_PUNCT = new RegExp(`[${CJK}${CJK_PUNCT}]`)
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g
const HAS_INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/
const isInvisibleCode = (code: number): boolean =>
  code >= 0x200b && (code <= 0x200d || code === 0x2060 || code === 0xfeff)

/** Line endings as LF: CRLF and lone CR (old Mac exports) alike. */
export const normaliseEol = (text: string): string => text.replace(/\r\n?/g, '\n')

/**
 * True for a char code JavaScript's \s matches (NBSP, ideographic and typographic spaces
 * included): trimLine runs on every line many times over, and a regular expression per
 * character was a tenth of the splitter's time.
 */
export const isSpaceCode = (code: number): boolean =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  (code >= 0x80 &&
    (code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff))

/**
 * A line without its indentation (ASCII, NBSP, ideographic spaces) or invisible marks. Scanned
 * from both ends by hand: a pattern anchored at the end (`[spaces]+$`) is retried at every space
 * of a long run inside the line, quadratic in the run.
 */
export function trimLine(line: string): string {
  // A class searched by the regular expression engine: faster than a loop over char codes.
  const text = HAS_INVISIBLE.test(line) ? line.replace(INVISIBLE, '') : line
  let start = 0
  let end = text.length
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

// Sentence stops and the closers that may follow them, as char codes: endsSentence runs on every
// line and on every paragraph's end, and a regular expression per character was most of its cost.
const FINAL_CODES = new Set(Array.from('。！？!?…．.', (ch) => ch.charCodeAt(0)))
const CLOSER_CODES = new Set(Array.from('”’」』）)】》"\']', (ch) => ch.charCodeAt(0)))
const DOT = 0x2e
const SENTENCE_TAIL = 32
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39

/**
 * True when the text ends a sentence. A closing quote or bracket only counts when a stop sits
 * inside it (…了。” yes, 开展了“爱心义剪” no), because hard wraps often fall right after a quote.
 */
export function endsSentence(text: string): boolean {
  // Only the end matters; a long paragraph must not cost a full scan per line.
  const from = Math.max(0, text.length - SENTENCE_TAIL)
  for (let at = from; at < text.length; at++) {
    if (isInvisibleCode(text.charCodeAt(at))) return endsSentenceAt(trimLine(text.slice(from)))
  }
  // Nothing to remove: the tail is read in place, without a copy.
  let start = from
  let end = text.length
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return endsSentenceAt(text, start, end)
}

/** endsSentence of text[start, end), already trimmed. */
function endsSentenceAt(text: string, start = 0, end = text.length): boolean {
  let stop = end
  while (stop > start && CLOSER_CODES.has(text.charCodeAt(stop - 1))) stop--
  if (stop === start) return end > start
  const last = text.charCodeAt(stop - 1)
  // 3. is a numbered item, not a sentence's end.
  return (
    FINAL_CODES.has(last) &&
    !(last === DOT && stop - start >= 2 && isDigit(text.charCodeAt(stop - 2)))
  )
}

// Flags of a UTF-16 code unit in charTable: CJK text or fullwidth punctuation (CJK_OR_PUNCT), and
// printed full width (that, or curly double quotes).
const CJK_OR_PUNCT_FLAG = 1
const WIDE_FLAG = 2
let charFlags: Uint8Array | null = null

/** Flags of each UTF-16 code unit; read out of the patterns once, not per character. */
function charTable(): Uint8Array {
  if (charFlags) return charFlags
  const table = new Uint8Array(0x10000)
  for (let code = 0; code < table.length; code++) {
    const ch = String.fromCharCode(code)
    const isCjkOrPunct = CJK_OR_PUNCT.test(ch)
    const isWide = isCjkOrPunct || /[\u201c\u201d]/.test(ch)
    table[code] = (isCjkOrPunct ? CJK_OR_PUNCT_FLAG : 0) | (isWide ? WIDE_FLAG : 0)
  }
  charFlags = table
  return table
}

/** Width as printed: CJK and fullwidth characters count 1, halfwidth ones 1/2. */
export function visualWidth(text: string): number {
  const flags = charTable()
  let wide = 0
  let printed = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    printed++
    if ((flags[code] & WIDE_FLAG) !== 0) wide++
    // A character outside the BMP (a surrogate pair) is never full width here; it counts once.
    else if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
      const next = text.charCodeAt(at + 1)
      if (next >= 0xdc00 && next <= 0xdfff) at++
    }
  }
  // Halves and wholes are exact in floating point: the same sum as adding them one by one.
  return wide + (printed - wide) / 2
}

/** True when some code unit of the text is CJK or fullwidth punctuation (CJK_OR_PUNCT.test). */
function hasCjkOrPunct(text: string): boolean {
  const flags = charTable()
  for (let at = 0; at < text.length; at++) {
    if ((flags[text.charCodeAt(at)] & CJK_OR_PUNCT_FLAG) !== 0) return true
  }
  return false
}

const QUOTE_CODES = new Set(Array.from('"\'\u2018\u2019\u201c\u201d', (ch) => ch.charCodeAt(0)))
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * The character nearest the end (or start) that is not a quote, for deciding on a space. Walked
 * by code unit, a surrogate pair kept whole, instead of spreading the text into an array.
 */
function nearestNonQuote(text: string, fromEnd: boolean): string {
  const step = fromEnd ? -1 : 1
  for (let at = fromEnd ? text.length - 1 : 0; at >= 0 && at < text.length; at += step) {
    const code = text.charCodeAt(at)
    if (QUOTE_CODES.has(code)) continue
    if (fromEnd && isLowSurrogate(code) && at > 0 && isHighSurrogate(text.charCodeAt(at - 1)))
      return text.slice(at - 1, at + 1)
    if (!fromEnd && isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(at + 1)))
      return text.slice(at, at + 2)
    return text[at]
  }
  return ''
}

const isLatinLetter = (ch: string): boolean => /[A-Za-z]/.test(ch)

/** True when two hard-wrapped pieces need a space between them (Latin words on both sides). */
export function needsSpace(textBefore: string, textAfter: string): boolean {
  const before = textBefore.slice(-8)
  const after = textAfter.slice(0, 8)
  const left = nearestNonQuote(before, true)
  const right = nearestNonQuote(after, false)
  if (left === '' || right === '') return false
  // Inside CJK text only two Latin words get a space; a number cut by the wrap (资金2 / 0万元,
  // 1 / -6年级) is one number.
  if (hasCjkOrPunct(before) || hasCjkOrPunct(after))
    return isLatinLetter(left) && isLatinLetter(right)
  return !hasCjkOrPunct(left) && !hasCjkOrPunct(right)
}
