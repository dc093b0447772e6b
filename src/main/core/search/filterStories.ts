import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations'
import type { StoryId } from '../../../shared/ids'
import type { FactKind, SearchFactsRepo } from '../db/searchFactsRepo'
import type { QueryFilter } from './parseQuery'
import type { StoryFilter } from './types'

// Colour words a reader may type besides the keys and their own names for the colours.
const COLOR_WORDS: Record<string, HighlightColor> = {
  黄: 'yellow',
  黄色: 'yellow',
  绿: 'green',
  绿色: 'green',
  蓝: 'blue',
  蓝色: 'blue',
  粉: 'pink',
  粉色: 'pink',
  粉红: 'pink',
  紫: 'purple',
  紫色: 'purple',
}

/** Resolves a typed colour (key, Chinese colour word, or the reader's own name); null if none. */
export function resolveColor(
  value: string,
  names: Record<HighlightColor, string>,
): HighlightColor | null {
  const lower = value.toLowerCase()
  const key = HIGHLIGHT_COLORS.find(
    (color) => color === lower || names[color].toLowerCase() === lower,
  )
  return key ?? COLOR_WORDS[value] ?? null
}

const IS_VALUES: Record<string, { kind: FactKind; isNegated: boolean }> = {
  read: { kind: 'read', isNegated: false },
  unread: { kind: 'read', isNegated: true },
  favorite: { kind: 'favorite', isNegated: false },
  favourite: { kind: 'favorite', isNegated: false },
  starred: { kind: 'favorite', isNegated: false },
}

const HAS_VALUES: Record<string, FactKind> = {
  highlight: 'highlight',
  highlights: 'highlight',
  note: 'note',
  notes: 'note',
  tag: 'tagged',
  tags: 'tagged',
}

/** A filter as a fact lookup; null when the key or value is not one Inkstone knows. */
const factOf = (
  filter: QueryFilter,
  colorNames: Record<HighlightColor, string>,
): { kind: FactKind; value?: string; isNegated: boolean } | null => {
  const value = filter.value
  switch (filter.key) {
    case 'tag':
    case 'source':
    case 'in':
      return { kind: filter.key, value, isNegated: filter.isNegated }
    case 'color':
    case 'colour': {
      const color = resolveColor(value, colorNames)
      return color ? { kind: 'color', value: color, isNegated: filter.isNegated } : null
    }
    case 'has': {
      const kind = HAS_VALUES[value.toLowerCase()]
      return kind ? { kind, isNegated: filter.isNegated } : null
    }
    case 'is': {
      const fact = IS_VALUES[value.toLowerCase()]
      return fact ? { kind: fact.kind, isNegated: fact.isNegated !== filter.isNegated } : null
    }
    default:
      return null
  }
}

/** What a query's filters keep, and the filters Inkstone does not know. */
export interface FilterResult {
  /** Stories every known filter keeps; null when the query has no known filter. */
  filter: StoryFilter | null
  /** True when the filters keep every story of the library. */
  isEveryStory: boolean
  /** True when the filters keep no story at all. */
  isNoStory: boolean
  /** Returned so they can be searched as plain words. */
  unknown: QueryFilter[]
}

/** Where filters read the stories each fact holds (the facts repository, or a cache of it). */
export type FilterFacts = Pick<SearchFactsRepo, 'storiesWhere' | 'docsWhere'>

interface Fact {
  kind: FactKind
  value?: string
  isNegated: boolean
  /** The stories the fact holds for, by number: bits[doc] is 1. */
  bits: Uint8Array
  count: number
  ids?: Set<StoryId>
}

const bitsOf = (docs: number[]): Uint8Array => {
  let max = -1
  for (const doc of docs) if (doc > max) max = doc
  const bits = new Uint8Array(max + 1)
  for (const doc of docs) bits[doc] = 1
  return bits
}

/**
 * What the filters keep, each a fact a story holds or (negated) does not: no set of every
 * story is built. The index tests its candidates by number against one small array per fact;
 * ids (queued stories, annotations, the list) are tested against the stories each fact holds,
 * read only when asked.
 */
export function filterStories(
  facts: FilterFacts,
  filters: QueryFilter[],
  colorNames: Record<HighlightColor, string>,
): FilterResult {
  const unknown: QueryFilter[] = []
  const kept: Fact[] = []
  for (const filter of filters) {
    const fact = factOf(filter, colorNames)
    if (!fact) {
      unknown.push(filter)
      continue
    }
    const docs = facts.docsWhere(fact.kind, fact.value)
    kept.push({ ...fact, bits: bitsOf(docs), count: docs.length })
  }
  if (kept.length === 0) return { filter: null, isEveryStory: false, isNoStory: false, unknown }
  const idsOf = (fact: Fact): Set<StoryId> =>
    (fact.ids ??= facts.storiesWhere(fact.kind, fact.value))
  const filter: StoryFilter = {
    has: (id) => kept.every((fact) => idsOf(fact).has(id) !== fact.isNegated),
    hasDoc: (doc) => kept.every((fact) => (fact.bits[doc] === 1) !== fact.isNegated),
  }
  // Filters that keep every story (is:unread before anything is read) narrow nothing: search
  // then counts and ranks in the index alone instead of checking ten thousand ids.
  const isEveryStory = kept.every((fact) => fact.isNegated && fact.count === 0)
  const isNoStory = kept.some((fact) => !fact.isNegated && fact.count === 0)
  return { filter, isEveryStory, isNoStory, unknown }
}
