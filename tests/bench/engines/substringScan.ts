import { foldText } from '../../../src/main/core/text/foldText'
import { compileTerm } from '../../../src/main/core/search/matchTerm'
import type { ParsedQuery } from '../../../src/main/core/search/parseQuery'
import type { BenchEngine, BenchStory, EngineInput } from './types'

interface Folded {
  id: string
  text: string
}

/**
 * The truth for a bench library where nothing is read, noted or tagged: is:unread and -is:read
 * keep every story; is:read and has:… keep none. Any other filter is ignored (none is asked).
 */
const isKeptByFilters = (parsed: ParsedQuery): boolean =>
  parsed.filters.every((filter) => {
    const key = `${filter.key}:${filter.value.toLowerCase()}`
    const isTrue = key === 'is:unread' || !(key === 'is:read' || key.startsWith('has:'))
    return isTrue !== filter.isNegated
  })

/** Every story that holds all included terms and no excluded one, by Inkstone's own rules. */
export function scanStories(stories: Folded[], parsed: ParsedQuery): string[] {
  if (parsed.include.length === 0 || !isKeptByFilters(parsed)) return []
  const include = parsed.include.map(compileTerm)
  const exclude = parsed.exclude.map(compileTerm)
  return stories
    .filter(
      ({ text }) =>
        include.every((term) => term.find(text) !== null) &&
        exclude.every((term) => term.find(text) === null),
    )
    .map(({ id }) => id)
}

/** Folds title, byline and body as Inkstone does, with a line break so no term spans two. */
export const foldStories = (stories: BenchStory[]): Folded[] =>
  stories.map((story) => ({
    id: story.id,
    text: foldText(`${story.title}\n${story.byline}\n${story.body}`).replace(/\s/g, '\u0001'),
  }))

/**
 * The ground truth, and a baseline of its own: no index, a scan of the folded text with
 * Inkstone's term matcher (foldText + compileTerm, Latin terms start a word). Unranked.
 */
export function substringScan(): BenchEngine {
  let source: BenchStory[] = []
  let folded: Folded[] | null = null
  const all = (parsed: ParsedQuery): string[] =>
    scanStories((folded ??= foldStories(source)), parsed)
  return {
    name: 'substring-scan',
    build({ stories }: EngineInput) {
      source = stories
    },
    open() {
      folded = foldStories(source)
    },
    search(_query, parsed, limit) {
      const ids = all(parsed)
      return { ids: ids.slice(0, limit), total: ids.length }
    },
    searchAll: (_query, parsed) => all(parsed),
    close() {
      folded = null
    },
  }
}
