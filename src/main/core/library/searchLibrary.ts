import type { SearchHit } from '../../../shared/types'
import type { Repos } from '../db/createRepos'
import { filterStories } from '../search/filterStories'
import { foldText } from '../search/foldText'
import { compileTerm, type TermMatcher } from '../search/matchTerm'
import { withFiltersAsTerms, type ParsedQuery } from '../search/parseQuery'
import { buildSnippet } from '../search/snippet'
import { noMatches, storyMatches } from '../search/storyMatches'
import type { SearchBackend, SearchOptions } from '../search/types'
import { mergeSettings } from './defaultSettings'

const DEFAULT_LIMIT = 50

const found = (matcher: TermMatcher, fields: string[]): boolean =>
  fields.some((field) => matcher.find(field) !== null)

/** Answers one parsed query over the whole library (see searchLibrary). */
export type LibrarySearch = (query: ParsedQuery, options?: SearchOptions) => SearchHit[]

/**
 * Search over the whole library: the backend finds words in the stories' text, the reader's own
 * words (notes, highlight notes, tag names) are searched directly (they are small), and
 * filters (tag:, color:, has:, source:, in:, is:) narrow both. Exact throughout: every hit is
 * checked against stored text. It takes the query parsed once by its caller and hands the
 * same parse to everything below it.
 */
export function searchLibrary(repos: Repos, backend: SearchBackend): LibrarySearch {
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
      const folded = {
        title: foldText(story.title),
        byline: foldText(story.byline ?? ''),
        body: foldText(story.body),
      }
      const fields = [note, folded.title, folded.byline, folded.body]
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
        // The words the story's own text holds are marked in it; the rest are in its notes.
        ...storyMatches(folded, include),
      })
    }
    return hits
  }

  return (parsed, options = {}) => {
    const limit = options.limit ?? DEFAULT_LIMIT
    const colorNames = mergeSettings(repos.settings.getAll()).highlightColorNames
    const { storyIds, unknown } = filterStories(repos.searchFacts, parsed.filters, colorNames)
    // A key Inkstone does not know (say `note:draft`) is searched as the words typed.
    const words = withFiltersAsTerms(parsed, unknown)
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
          ...noMatches(),
        }))
    }
    // The filters narrow the backend's candidates, so it verifies only stories they keep.
    const textHits = backend.search(words, { limit, within: storyIds ?? undefined })
    const seen = new Set<string>(textHits.map((hit) => hit.id))
    const include = words.include.map(compileTerm)
    const exclude = words.exclude.map(compileTerm)
    return [...textHits, ...annotationHits(include, exclude, seen).filter(isKept)].slice(0, limit)
  }
}
