import type { SearchHit } from '../../../shared/types'
import { foldedFields } from './storyCache'
import { compileTerm, type TermMatcher } from './matchTerm'
import type { ParsedQuery } from './parseQuery'
import { buildSnippet } from './snippet'
import { storyMatches } from './storyMatches'
import { ftsTerm } from '../text/ftsTokens'
import type { IndexableStory, SearchOptions } from './types'

const DEFAULT_LIMIT = 50

/** A query ready to be answered: its parts, their matchers and the number of hits wanted. */
export interface PreparedQuery {
  parsed: ParsedQuery
  include: TermMatcher[]
  exclude: TermMatcher[]
  limit: number
}

/**
 * Compiles a parsed query; null when it can have no hit: no limit, or nothing to include that
 * has index tokens (only exclusions, filters or punctuation), which returns no hits rather than
 * the whole library. Filters are not the backend's business: they are ignored here.
 */
export function prepareQuery(
  parsed: ParsedQuery,
  options: SearchOptions = {},
): PreparedQuery | null {
  const limit = options.limit ?? DEFAULT_LIMIT
  if (limit <= 0 || parsed.include.every((term) => ftsTerm(term).term === null)) return null
  return {
    parsed,
    include: parsed.include.map(compileTerm),
    exclude: parsed.exclude.map(compileTerm),
    limit,
  }
}

const isInAnyField = (matcher: TermMatcher, fields: string[]): boolean =>
  fields.some((field) => matcher.find(field) !== null)

const hasAnyTerm = (matchers: TermMatcher[], field: string): boolean =>
  matchers.some((m) => m.find(field) !== null)

/** The folded fields of a story, title first, and whether they hold the query. */
export function testStory(
  story: IndexableStory,
  include: TermMatcher[],
  exclude: TermMatcher[],
): { isMatch: boolean; isTitleMatch: boolean } {
  const folded = foldedFields(story)
  const title = folded.title
  const fields = [title, folded.byline, folded.body]
  const isMatch =
    include.every((m) => isInAnyField(m, fields)) && !exclude.some((m) => isInAnyField(m, fields))
  return { isMatch, isTitleMatch: isMatch && include.every((m) => m.find(title) !== null) }
}

/**
 * The hit for a story when its stored text holds every included term and no excluded one, with
 * a snippet around the first match and every match in its text; null otherwise. The one test
 * of a hit, index or not.
 */
export function verifyHit(
  story: IndexableStory,
  rank: Pick<SearchHit, 'score' | 'isTitleMatch'>,
  include: TermMatcher[],
  exclude: TermMatcher[],
): SearchHit | null {
  const { body, byline, title } = foldedFields(story)
  const fields = [title, byline, body]
  if (!include.every((m) => isInAnyField(m, fields))) return null
  if (exclude.some((m) => isInAnyField(m, fields))) return null
  // A byline-only hit (searching for a writer) shows the byline; otherwise the body.
  const useByline = !hasAnyTerm(include, body) && hasAnyTerm(include, byline)
  const snippet = useByline
    ? buildSnippet(story.byline ?? '', byline, include)
    : buildSnippet(story.body, body, include)
  return {
    id: story.id,
    title: story.title,
    source: story.source,
    score: rank.score,
    snippet: snippet.text,
    snippetMatches: snippet.matches,
    isTitleMatch: rank.isTitleMatch,
    matchedIn: 'text',
    ...storyMatches({ title, byline, body }, include),
  }
}
