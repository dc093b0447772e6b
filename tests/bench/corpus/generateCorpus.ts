import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chance, intBetween, mulberry32 } from './prng'
import { loadVocabulary } from './vocabulary'
import { columnLabel, writePhoto, writeStory, type PrintedStory } from './writeStory'

/** What generateCorpus was asked for. */
export interface CorpusOptions {
  stories: number
  seed: number
  outDir: string
}

/** What generateCorpus wrote. */
export interface CorpusSummary {
  pages: number
  stories: number
  characters: number
}

/** Written next to the pages: what the query set needs to know about them. */
export interface CorpusManifest extends CorpusSummary {
  seed: number
  /** Words a hard wrap cut across two lines, first seen first (the same at every size). */
  cutWords: string[]
  /** Two-word runs printed in the pages, first seen first: phrase queries that occur. */
  pairs: string[]
}

/** The manifest's file name inside the corpus folder; not a .txt, so importers skip it. */
export const MANIFEST_FILE = 'corpus.json'

const MAX_SAMPLES = 200

/**
 * Writes a deterministic synthetic newsletter corpus: pages of 5–10 stories (~1,700 characters
 * each) in the layout of seeds/*.txt. Stories come from one seeded stream, so the first
 * thousand stories of the 10k corpus are the 1k corpus: figures at different sizes compare.
 */
export function generateCorpus({ stories, seed, outDir }: CorpusOptions): CorpusSummary {
  const vocabulary = loadVocabulary()
  const random = mulberry32(seed)
  mkdirSync(outDir, { recursive: true })
  const cutWords = new Set<string>()
  const pairs = new Set<string>()
  let written = 0
  let pages = 0
  let characters = 0
  while (written < stories) {
    const lines: string[] = []
    const perPage = Math.min(intBetween(random, 5, 10), stories - written)
    for (let at = 0; at < perPage; at++) {
      if (at === 0 ? chance(random, 0.5) : chance(random, 0.1)) lines.push(...columnLabel(random))
      const story: PrintedStory = chance(random, 0.08)
        ? writePhoto(vocabulary, random)
        : writeStory(vocabulary, random, intBetween(random, 500, 2900))
      lines.push(...story.lines)
      for (const word of story.cutWords) if (cutWords.size < MAX_SAMPLES) cutWords.add(word)
      for (const pair of story.pairs) if (pairs.size < MAX_SAMPLES) pairs.add(pair)
    }
    const text = lines.join('\n')
    characters += text.length
    written += perPage
    pages++
    writeFileSync(join(outDir, `page-${String(pages).padStart(5, '0')}.txt`), text, 'utf8')
  }
  const summary = { pages, stories: written, characters }
  const manifest: CorpusManifest = { ...summary, seed, cutWords: [...cutWords], pairs: [...pairs] }
  writeFileSync(join(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2), 'utf8')
  return summary
}
