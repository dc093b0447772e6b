import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Random } from './prng'

/** jieba's dictionary words the corpus is written with, most frequent first. */
export interface Vocabulary {
  words: string[]
  freqs: Float64Array
  /** Running total of freqs: sampling is a binary search over it. */
  cumulative: Float64Array
  /** Words never written into a page, so that "miss" queries stay misses at every size. */
  heldOut: string[]
}

const CJK_WORD = /^[\u4e00-\u9fff]{1,4}$/

// One word in HELD_OUT_EVERY (by a hash of the word, not its rank) is kept out of the pages.
const HELD_OUT_EVERY = 97

const hash = (text: string): number => {
  let h = 2166136261
  for (let at = 0; at < text.length; at++) h = Math.imul(h ^ text.charCodeAt(at), 16777619)
  return h >>> 0
}

let cached: Vocabulary | null = null

/** Reads node_modules/@node-rs/jieba/dict.txt (`word freq pos` lines): CJK words of 1–4 characters. */
export function loadVocabulary(): Vocabulary {
  if (cached) return cached
  const require = createRequire(import.meta.url)
  const path = require.resolve('@node-rs/jieba/dict.txt')
  const entries: Array<[string, number]> = []
  const heldOut: string[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, freqText] = line.split(' ')
    const freq = Number(freqText)
    if (!word || !CJK_WORD.test(word) || !(freq > 0)) continue
    if (hash(word) % HELD_OUT_EVERY === 0) heldOut.push(word)
    else entries.push([word, freq])
  }
  // Sorted by frequency (ties by word) so that ranks mean the same thing on every machine.
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  heldOut.sort()
  const words = entries.map(([word]) => word)
  const freqs = Float64Array.from(entries, ([, freq]) => freq)
  const cumulative = new Float64Array(freqs.length)
  let total = 0
  freqs.forEach((freq, at) => (cumulative[at] = total += freq))
  cached = { words, freqs, cumulative, heldOut }
  return cached
}

/** A word drawn with probability proportional to its dictionary frequency (Zipf-like text). */
export function sampleWord(vocabulary: Vocabulary, random: Random): string {
  const { cumulative } = vocabulary
  const target = random() * cumulative[cumulative.length - 1]
  let low = 0
  let high = cumulative.length - 1
  while (low < high) {
    const mid = (low + high) >>> 1
    if (cumulative[mid] <= target) low = mid + 1
    else high = mid
  }
  return vocabulary.words[low]
}
