import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MANIFEST_FILE, type CorpusManifest } from './generateCorpus'
import { chance, mulberry32, pick, type Random } from './prng'
import { loadVocabulary } from './vocabulary'

/** What a query exercises; figures are reported per kind. */
export type QueryKind =
  | 'char1'
  | 'word2'
  | 'word3'
  | 'word4'
  | 'multi'
  | 'phrase'
  | 'wrapped'
  | 'miss'
  | 'latin'
  | 'exclude'
  | 'filter'

/** One benchmark query, as a reader would type it into Inkstone's search box. */
export interface BenchQuery {
  kind: QueryKind
  text: string
  /** For words: how common the word is in jieba's dictionary. */
  tier?: 'common' | 'mid' | 'rare'
}

// Rank windows among words of one length, most frequent first.
const TIERS = { common: [0, 60], mid: [500, 3000], rare: [8000, 40000] } as const

const byLength = (length: number): string[] =>
  loadVocabulary().words.filter((word) => word.length === length)

function wordQueries(
  random: Random,
  kind: QueryKind,
  length: number,
  counts: Record<keyof typeof TIERS, number>,
): BenchQuery[] {
  const words = byLength(length)
  const queries: BenchQuery[] = []
  for (const tier of ['common', 'mid', 'rare'] as const) {
    const [from, to] = TIERS[tier]
    const window = words.slice(Math.min(from, words.length - 1), Math.min(to, words.length))
    const seen = new Set<string>()
    while (seen.size < Math.min(counts[tier], window.length)) seen.add(pick(random, window))
    for (const text of seen) queries.push({ kind, text, tier })
  }
  return queries
}

const distinct = (random: Random, items: string[], count: number): string[] => {
  const chosen = new Set<string>()
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items))
  return [...chosen]
}

/** Reads the manifest generateCorpus wrote next to the pages. */
export const readManifest = (corpusDir: string): CorpusManifest =>
  JSON.parse(readFileSync(join(corpusDir, MANIFEST_FILE), 'utf8')) as CorpusManifest

/**
 * About 150 queries, the same for a given seed and manifest: words of 1–4 characters from
 * common to rare, several words, quoted two-word phrases, words a hard wrap cut in two, misses
 * (held-out words, never printed), Latin and digits, exclusions, and is:/has: filters.
 * Wrapped words and phrases come from the corpus's first stories, so every size shares them.
 */
export function buildQuerySet(manifest: CorpusManifest, seed = 150): BenchQuery[] {
  const random = mulberry32(seed)
  const mids = byLength(2).slice(100, 3000)
  const queries: BenchQuery[] = [
    ...wordQueries(random, 'char1', 1, { common: 4, mid: 3, rare: 3 }),
    ...wordQueries(random, 'word2', 2, { common: 8, mid: 8, rare: 8 }),
    ...wordQueries(random, 'word3', 3, { common: 6, mid: 6, rare: 6 }),
    ...wordQueries(random, 'word4', 4, { common: 5, mid: 5, rare: 4 }),
  ]
  for (let at = 0; at < 14; at++) {
    const words = [pick(random, mids), pick(random, mids)]
    if (chance(random, 0.3)) words.push(pick(random, byLength(3).slice(0, 2000)))
    queries.push({ kind: 'multi', text: words.join(' ') })
  }
  for (const pair of distinct(random, manifest.pairs, 14))
    queries.push({ kind: 'phrase', text: `"${pair}"` })
  const longCuts = manifest.cutWords.filter((word) => word.length >= 3)
  for (const word of distinct(random, longCuts.length >= 14 ? longCuts : manifest.cutWords, 14))
    queries.push({ kind: 'wrapped', text: word })
  const heldOut = loadVocabulary().heldOut.filter((word) => word.length >= 3)
  for (const word of distinct(random, heldOut, 10)) queries.push({ kind: 'miss', text: word })
  for (const text of [
    'APP',
    'GDP',
    '5G',
    'AI',
    'WiFi',
    'ceo',
    '2020年',
    '2008',
    '1995年',
    '732名',
    'VR',
    'XYZ',
  ])
    queries.push({ kind: 'latin', text })
  for (let at = 0; at < 10; at++)
    queries.push({ kind: 'exclude', text: `${pick(random, mids)} -${pick(random, mids)}` })
  const FILTERS = ['is:unread', 'is:unread', 'is:unread', '-is:read', 'is:read', 'has:note']
  for (let at = 0; at < 10; at++)
    queries.push({ kind: 'filter', text: `${pick(random, FILTERS)} ${pick(random, mids)}` })
  return queries
}
