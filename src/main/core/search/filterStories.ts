import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations'
import type { StoryId } from '../../../shared/ids'
import type { FactKind, SearchFactsRepo } from '../db/searchFactsRepo'
import type { QueryFilter } from './parseQuery'

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

/** The filters Inkstone does not know, returned so they can be searched as plain words. */
export interface FilterResult {
  /** Stories every known filter keeps; null when the query has no known filter. */
  storyIds: Set<StoryId> | null
  /** True when the filters keep every story of the library. */
  isEveryStory: boolean
  unknown: QueryFilter[]
}

const intersect = (a: Set<StoryId>, b: Set<StoryId>): Set<StoryId> =>
  new Set([...a].filter((id) => b.has(id)))

/** Intersects the stories each filter keeps (negated filters keep the rest). */
export function filterStories(
  facts: SearchFactsRepo,
  filters: QueryFilter[],
  colorNames: Record<HighlightColor, string>,
): FilterResult {
  let kept: Set<StoryId> | null = null
  const unknown: QueryFilter[] = []
  let all: Set<StoryId> | null = null
  for (const filter of filters) {
    const fact = factOf(filter, colorNames)
    if (!fact) {
      unknown.push(filter)
      continue
    }
    const matching = facts.storiesWhere(fact.kind, fact.value)
    let next: Set<StoryId>
    if (fact.isNegated) {
      all ??= facts.storiesWhere('all')
      next = new Set([...all].filter((id) => !matching.has(id)))
    } else next = matching
    kept = kept === null ? next : intersect(kept, next)
  }
  // Filters that keep every story (is:unread before anything is read) narrow nothing: search
  // then counts and ranks in the index alone instead of checking ten thousand ids.
  const isEveryStory = kept !== null && all !== null && kept.size === all.size
  return { storyIds: kept, unknown, isEveryStory }
}
