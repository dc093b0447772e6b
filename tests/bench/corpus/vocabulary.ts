import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Random } from './prng'

/** jieba's dictionary words the corpus is written with, most frequent first. */
export interface Vocabulary {
  words: string[]
  freqs: Float64Array
  /** Running totals of freqs, and where each 1/65536 of the total starts (see guideTable). */
  cumulative: Float64Array
  guide: Int32Array
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
  cached = { words, freqs, ...guideTable(freqs), heldOut }
  return cached
}

const GUIDE_SIZE = 1 << 16

/**
 * A guide table over running totals (Chen and Asau): bucket k holds the first word whose total
 * reaches k/GUIDE_SIZE of the whole. On this slow 2-core machine a draw is bounded by cache
 * misses, and words sorted by frequency keep the hot part of both arrays in cache.
 */
function guideTable(freqs: Float64Array): { cumulative: Float64Array; guide: Int32Array } {
  const cumulative = new Float64Array(freqs.length)
  let total = 0
  freqs.forEach((freq, at) => (cumulative[at] = total += freq))
  const guide = new Int32Array(GUIDE_SIZE + 1)
  let at = 0
  for (let k = 0; k <= GUIDE_SIZE; k++) {
    while (at < freqs.length - 1 && cumulative[at] < (k / GUIDE_SIZE) * total) at++
    guide[k] = at
  }
  return { cumulative, guide }
}

/** A word drawn with probability proportional to its dictionary frequency (Zipf-like text). */
export function sampleWord(vocabulary: Vocabulary, random: Random): string {
  const { cumulative, guide } = vocabulary
  const u = random()
  const k = Math.floor(u * GUIDE_SIZE)
  const target = u * cumulative[cumulative.length - 1]
  let low = guide[k]
  let high = guide[k + 1]
  while (low < high) {
    const mid = (low + high) >>> 1
    if (cumulative[mid] <= target) low = mid + 1
    else high = mid
  }
  return vocabulary.words[low]
}
