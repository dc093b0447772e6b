import { fts5Jieba } from './fts5Jieba'
import { fts5Trigram } from './fts5Trigram'
import { inkstone } from './inkstone'
import { plainLunr } from './plainLunr'
import { substringScan } from './substringScan'
import type { BenchEngine } from './types'

/** Every engine the size bench knows, by name, in the order they run (Inkstone last). */
export const ENGINES: Record<string, () => BenchEngine> = {
  'substring-scan': substringScan,
  'fts5-trigram': fts5Trigram,
  'fts5-jieba': fts5Jieba,
  'lunr-zh': plainLunr,
  inkstone,
}

/** Largest corpus lunr is built for: past it, it runs for minutes and gigabytes. */
export const LUNR_MAX_STORIES = 12_000
