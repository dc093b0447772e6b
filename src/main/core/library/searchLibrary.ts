import type { SearchHit } from '../../../shared/types'
import type { Repos } from '../db/createRepos'
import { filterStories } from '../search/filterStories'
import { foldText } from '../search/foldText'
import { compileTerm, type TermMatcher } from '../search/matchTerm'
import { parseQuery } from '../search/parseQuery'
import { buildSnippet } from '../search/snippet'
import type { SearchOptions } from '../search/types'
import { mergeSettings } from './defaultSettings'
import type { SearchIndexStore } from './searchIndexStore'

const DEFAULT_LIMIT = 50
// With filters the text hits are narrowed afterwards, so the index is asked for all of them.
const UNLIMITED = 1_000_000

const found = (matcher: TermMatcher, fields: string[]): boolean =>
  fields.some((field) => matcher.find(field) !== null)

/**
 * Search over the whole library: the index finds words in the stories' text, the reader's own
 * words (notes, highlight notes, tag names) are searched directly (they are small), and
 * filters (tag:, color:, has:, source:, in:, is:) narrow both. Exact throughout: every hit is
 * checked against stored text.
 */
export function searchLibrary(repos: Repos, index: SearchIndexStore) {
  const annotationHits = (
    include: TermMatcher[],
    exclude: TermMatcher[],
    seen: Set<string>,
  ): SearchHit[] => {
    const hits: SearchHit[] = []
    // Every word must occur somewhere (story or annotations), and one at least in the annotations;
    // that one is checked first so only stories with a chance are read from the store.
    const candidates = repos.searchFacts
      .annotationTexts()
      .filter((item) => !seen.has(item.storyId))
      .map((item) => ({ ...item, note: foldText(item.text) }))
      .filter((item) => include.some((m) => m.find(item.note) !== null))
    const stories = new Map(
      repos.stories.lookup(candidates.map((c) => c.storyId)).map((s) => [s.id, s]),
    )
    for (const { storyId, text, note } of candidates) {
      const story = stories.get(storyId)
      if (!story) continue
      const fields = [
        note,
        foldText(story.title),
        foldText(story.byline ?? ''),
        foldText(story.body),
      ]
      if (!include.every((m) => found(m, fields)) || exclude.some((m) => found(m, fields))) continue
      const snippet = buildSnippet(text, note, include)
      hits.push({
        id: story.id,
        title: story.title,
        source: story.source,
        score: 0,
        snippet: snippet.text,
        snippetMatches: snippet.matches,
        isTitleMatch: false,
        matchedIn: 'annotation',
      })
    }
    return hits
  }

  return (query: string, options: SearchOptions = {}): SearchHit[] => {
    const limit = options.limit ?? DEFAULT_LIMIT
    const parsed = parseQuery(query)
    const colorNames = mergeSettings(repos.settings.getAll()).highlightColorNames
    const { storyIds, unknown } = filterStories(repos.searchFacts, parsed.filters, colorNames)
    // A key Inkstone does not know (say `note:draft`) is searched as the words typed.
    const asWords = unknown.map((f) => `${f.isNegated ? '-' : ''}"${f.key}:${f.value}"`)
    const textQuery = [query, ...asWords].join(' ')
    const words = parseQuery(textQuery)
    const isKept = (hit: SearchHit): boolean => storyIds === null || storyIds.has(hit.id)

    if (words.include.length === 0) {
      if (storyIds === null) return []
      return repos.stories
        .list()
        .filter((story) => storyIds.has(story.id))
        .slice(0, limit)
        .map((story) => ({
          id: story.id,
          title: story.title,
          source: story.sourceName,
          score: 0,
          snippet: story.excerpt,
          snippetMatches: [],
          isTitleMatch: false,
          matchedIn: 'text' as const,
        }))
    }
    const textHits = index
      .search(textQuery, { limit: storyIds === null ? limit : UNLIMITED })
      .filter(isKept)
    const seen = new Set<string>(textHits.map((hit) => hit.id))
    const include = words.include.map(compileTerm)
    const exclude = words.exclude.map(compileTerm)
    return [...textHits, ...annotationHits(include, exclude, seen).filter(isKept)].slice(0, limit)
  }
}
