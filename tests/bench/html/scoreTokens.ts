// Content scoring for htmlBench: pages compared as bags of tokens, the way issue 11 measured them.
import { Parser } from 'htmlparser2'

const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u
const TOKEN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]|[\p{L}\p{N}]+/gu

/** Tokens of a text: each CJK character one token, every other run of letters or digits one, lower-cased. */
export function tokens(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0]
    // A run of letters stops at a CJK character: the class above takes CJK first, one by one.
    found.push(CJK_CHAR.test(token) ? token : token.toLowerCase())
  }
  return found
}

/** Counts of each token. */
export function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const token of tokens(text)) counts.set(token, (counts.get(token) ?? 0) + 1)
  return counts
}

/** Precision, recall and F1 of a found text against the expected one, as bags of tokens. */
export interface Overlap {
  precision: number
  recall: number
  f1: number
}

/** Scores `found` against `expected` by the tokens they share (each counted at most as often as in both). */
export function overlap(found: string, expected: string): Overlap {
  const got = bag(found)
  const want = bag(expected)
  let shared = 0
  let gotTotal = 0
  let wantTotal = 0
  for (const count of got.values()) gotTotal += count
  for (const [token, count] of want) {
    wantTotal += count
    shared += Math.min(count, got.get(token) ?? 0)
  }
  const precision = gotTotal === 0 ? (wantTotal === 0 ? 1 : 0) : shared / gotTotal
  const recall = wantTotal === 0 ? 1 : shared / wantTotal
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** All text of an HTML fragment (the expected article), script and style left out. */
export function htmlText(html: string): string {
  const parts: string[] = []
  let skipping = 0
  const parser = new Parser({
    onopentag: (name) => {
      if (name === 'script' || name === 'style') skipping++
      else parts.push(' ')
    },
    onclosetag: (name) => {
      if (name === 'script' || name === 'style') skipping--
      else parts.push(' ')
    },
    ontext: (text) => {
      if (skipping === 0) parts.push(text)
    },
  })
  parser.write(html)
  parser.end()
  return parts.join('')
}
