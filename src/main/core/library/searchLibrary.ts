import type { SearchHit, SearchPage } from '../../../shared/types'
import type { Repos } from '../db/createRepos'
import { filterStories, type FilterFacts } from '../search/filterStories'
import { foldText } from '../text/foldText'
import { compileTerm, type TermMatcher } from '../search/matchTerm'
import { withFiltersAsTerms, type ParsedQuery } from '../search/parseQuery'
import { buildSnippet } from '../search/snippet'
import { noMatches, storyMatches } from '../search/storyMatches'
import type { SearchBackend, SearchOptions } from '../search/types'
import { unchangedMemo } from '../search/unchangedMemo'
import { mergeSettings } from './defaultSettings'

const DEFAULT_LIMIT = 50

const found = (matcher: TermMatcher, fields: string[]): boolean =>
  fields.some((field) => matcher.find(field) !== null)

/** Answers one parsed query over the whole library (see searchLibrary). */
export type LibrarySearch = (query: ParsedQuery, options?: SearchOptions) => SearchPage

/**
 * Search over the whole library: the backend finds words in the stories' text, the reader's own
 * words (notes, highlight notes, tag names) are searched directly (they are small), and
 * filters (tag:, color:, has:, source:, in:, is:) narrow both. Exact throughout: every hit is
 * checked against stored text. It takes the query parsed once by its caller and hands the
 * same parse to everything below it.
 */
export function searchLibrary(repos: Repos, backend: SearchBackend): LibrarySearch {
  // What filters keep and the reader's words, read again only once the library changed.
  const memo = unchangedMemo(repos.db)
  const facts: FilterFacts = {
    storiesWhere: (kind, value = '') =>
      memo(`ids ${kind} ${value}`, () => repos.searchFacts.storiesWhere(kind, value)),
    docsWhere: (kind, value = '') =>
      memo(`docs ${kind} ${value}`, () => repos.searchFacts.docsWhere(kind, value)),
  }
  const annotationTexts = () =>
    memo('annotations', () =>
      repos.searchFacts.annotationTexts().map((item) => ({ ...item, note: foldText(item.text) })),
    )
  const annotationHits = (include: TermMatcher[], exclude: TermMatcher[]): SearchHit[] => {
    const hits: SearchHit[] = []
    // One hit per story, however many of its notes hold the words.
    const seen = new Set<string>()
    // Every word must occur somewhere (story or annotations), and one at least in the annotations;
    // that one is checked first so only stories with a chance are read from the store.
    const candidates = annotationTexts().filter((item) =>
      include.some((m) => m.find(item.note) !== null),
    )
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
      // A story whose own text holds every word is a text hit already.
      const ownText = [folded.title, folded.byline, folded.body]
      if (include.every((m) => found(m, ownText))) continue
      if (seen.has(storyId)) continue
      seen.add(storyId)
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
    const offset = options.offset ?? 0
    const colorNames = mergeSettings(repos.settings.getAll()).highlightColorNames
    const { filter, unknown, isEveryStory, isNoStory } = filterStories(
      facts,
      parsed.filters,
      colorNames,
    )
    // A key Inkstone does not know (say `note:draft`) is searched as the words typed.
    const words = withFiltersAsTerms(parsed, unknown)

    // Filters that keep no story (is:read before anything is read) leave nothing to search.
    if (isNoStory) return { total: 0, hits: [] }
    if (words.include.length === 0) {
      if (filter === null) return { total: 0, hits: [] }
      // The list's order as ids; summaries are read for the page alone.
      const order = memo('order', () => repos.storyOrder.ids())
      const kept = order.filter((id) => filter.has(id))
      return {
        total: kept.length,
        hits: repos.stories.summaries(kept.slice(offset, offset + limit)).map((story) => ({
          id: story.id,
          title: story.title,
          source: story.sourceName,
          score: 0,
          snippet: story.excerpt,
          snippetMatches: [],
          isTitleMatch: false,
          matchedIn: 'text' as const,
          ...noMatches(),
        })),
      }
    }
    // The filters narrow the backend's candidates, so it verifies only stories they keep.
    const within = filter === null || isEveryStory ? undefined : filter
    const include = words.include.map(compileTerm)
    const exclude = words.exclude.map(compileTerm)
    // The reader's own words come after every text hit: they are few, so all are found, and
    // the text's page is asked for only when the page starts among the text hits.
    const annotations = annotationHits(include, exclude).filter(
      (hit) => within === undefined || within.has(hit.id),
    )
    const text = backend.search(words, { limit, offset, within })
    const fromAnnotations = Math.max(0, offset - text.total)
    const hits = [
      ...text.hits,
      ...annotations.slice(fromAnnotations, fromAnnotations + limit - text.hits.length),
    ]
    return { total: text.total + annotations.length, hits }
  }
}
